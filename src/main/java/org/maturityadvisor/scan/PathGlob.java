package org.maturityadvisor.scan;

import java.util.Objects;
import java.util.Optional;

import com.google.re2j.Pattern;

/**
 * A detector's path glob, as in {@code .gitignore}: {@code *} any characters but {@code /}, {@code ?} one of them,
 * {@code **} any number of directories, {@code {a,b}} either; nothing else is special. A glob without a {@code /}
 * matches a file's name in any directory ({@code Dockerfile}, {@code *.py}); one with a {@code /} matches the path
 * from the tree's root ({@code .github/workflows/*.yml}). Compiled to a linear-time pattern; a malformed glob is a
 * refusal with its reason, never an exception.
 */
public final class PathGlob {

    private final String glob;
    private final boolean nameOnly;
    private final Pattern pattern;

    private PathGlob(String glob, boolean nameOnly, Pattern pattern) {
        this.glob = glob;
        this.nameOnly = nameOnly;
        this.pattern = pattern;
    }

    /** The glob, or the reason it is not one. */
    public static Result parse(String glob) {
        if (glob == null || glob.isBlank()) {
            return Result.refused("a path glob is needed, e.g. Dockerfile, *.py or .github/workflows/*.yml");
        }
        String trimmed = glob.strip();
        if (trimmed.startsWith("/") || trimmed.contains("\\") || trimmed.matches("(?s).*(^|/)\\.\\.(/|$).*")) {
            return Result.refused("a path glob is relative to the repository, with / between folders and no ..: "
                    + trimmed);
        }
        StringBuilder regex = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            switch (c) {
                case '*' -> {
                    if (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == '*') {
                        boolean slashAfter = i + 2 < trimmed.length() && trimmed.charAt(i + 2) == '/';
                        regex.append(slashAfter ? "(?:[^/]*/)*" : ".*");
                        i += slashAfter ? 2 : 1;
                    } else {
                        regex.append("[^/]*");
                    }
                }
                case '?' -> regex.append("[^/]");
                case '{' -> {
                    braces++;
                    regex.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        return Result.refused("a } without its {: " + trimmed);
                    }
                    braces--;
                    regex.append(')');
                }
                case ',' -> regex.append(braces > 0 ? "|" : ",");
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces != 0) {
            return Result.refused("a { without its }: " + trimmed);
        }
        boolean nameOnly = !trimmed.contains("/");
        return Result.of(new PathGlob(trimmed, nameOnly, Pattern.compile(regex.toString())));
    }

    /** Whether the path (relative, with forward slashes) matches. */
    public boolean matches(String path) {
        String subject = nameOnly ? path.substring(path.lastIndexOf('/') + 1) : path;
        return pattern.matches(subject);
    }

    /** Whether only the file's name is matched (the glob has no /). */
    public boolean nameOnly() {
        return nameOnly;
    }

    @Override
    public String toString() {
        return glob;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathGlob that && that.glob.equals(glob);
    }

    @Override
    public int hashCode() {
        return Objects.hash(glob);
    }

    /** A glob or the reason a text is not one. */
    public record Result(PathGlob glob, String refusal) {
        static Result of(PathGlob glob) {
            return new Result(glob, null);
        }

        static Result refused(String reason) {
            return new Result(null, reason);
        }

        public Optional<PathGlob> value() {
            return Optional.ofNullable(glob);
        }
    }
}
