package org.maturityadvisor.scan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts one of which any match of a regular expression must contain, read from the expression's syntax (as RE2's
 * prefilter does): {@code \bmlflow\.log_metric\(} needs "mlflow.log_metric(", {@code wandb\.init|WandbLogger} needs
 * "wandb.init" or "WandbLogger". A file holding none of them cannot match, so the expression never runs over it. Only
 * a speed-up: whatever this class does not understand (case-insensitive groups, \Q, \x, Unicode classes), or texts
 * shorter than {@link #MIN_LENGTH}, gives no requirement and the expression runs as before.
 */
final class RequiredText {

    static final int MIN_LENGTH = 3;
    private static final int MAX_SET = 16;

    /** What a match must contain: one of some texts, all of some requirements, or any one of them. */
    sealed interface Need {
        /** Whether a content holding exactly the texts {@code present} answers to holds meets the need. */
        boolean met(java.util.function.Predicate<String> present);
    }

    /** One of these texts. */
    record Texts(Set<String> texts) implements Need {
        @Override
        public boolean met(java.util.function.Predicate<String> present) {
            return texts.stream().anyMatch(present);
        }
    }

    /** Every one of these needs. */
    record All(List<Need> needs) implements Need {
        @Override
        public boolean met(java.util.function.Predicate<String> present) {
            return needs.stream().allMatch(need -> need.met(present));
        }
    }

    /** At least one of these needs. */
    record Any(List<Need> needs) implements Need {
        @Override
        public boolean met(java.util.function.Predicate<String> present) {
            return needs.stream().anyMatch(need -> need.met(present));
        }
    }

    /** What a part of an expression matches: exactly one of {@code exact}, or else a text meeting {@code need}. */
    private record Info(Set<String> exact, Need need) {
        static final Info UNKNOWN = new Info(null, null);

        static Info exactly(Set<String> texts) {
            return new Info(texts, null);
        }

        /** What a match needs; null when nothing is known. */
        Need required() {
            if (exact == null) {
                return need;
            }
            Set<String> usable = usable(exact);
            return usable == null ? null : new Texts(usable);
        }
    }

    private final String regex;
    private int at;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /** What any match must contain; empty when nothing is known. */
    static java.util.Optional<Need> of(String regex) {
        try {
            RequiredText parser = new RequiredText(regex);
            Info info = parser.alternation();
            if (parser.at != regex.length()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.ofNullable(info.required());
        } catch (Unknown | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    /** Syntax this class does not follow: no requirement. */
    private static final class Unknown extends Exception {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private Info alternation() throws Unknown {
        Info first = concatenation();
        if (at >= regex.length() || regex.charAt(at) != '|') {
            return first;
        }
        Set<String> exact = first.exact == null ? null : new LinkedHashSet<>(first.exact);
        List<Need> any = new ArrayList<>();
        boolean known = add(any, first.required());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            Info next = concatenation();
            if (exact != null && next.exact != null && exact.size() + next.exact.size() <= MAX_SET) {
                exact.addAll(next.exact);
            } else {
                exact = null;
            }
            known &= add(any, next.required());
        }
        if (exact != null) {
            return Info.exactly(exact);
        }
        return new Info(null, known ? new Any(List.copyOf(any)) : null);
    }

    private Info concatenation() throws Unknown {
        Set<String> run = Set.of("");
        List<Need> all = new ArrayList<>();
        boolean allExact = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Info atom = repeated(atom());
            if (atom.exact != null) {
                Set<String> product = product(run, atom.exact);
                if (product != null) {
                    run = product;
                    continue;
                }
                add(all, texts(run));
                run = atom.exact;
            } else {
                add(all, texts(run));
                add(all, atom.need);
                run = Set.of("");
            }
            allExact = false;
        }
        if (allExact) {
            return Info.exactly(run);
        }
        add(all, texts(run));
        return new Info(null, all.isEmpty() ? null : all.size() == 1 ? all.get(0) : new All(List.copyOf(all)));
    }

    private static Need texts(Set<String> run) {
        Set<String> usable = usable(run);
        return usable == null ? null : new Texts(usable);
    }

    /** Adds a need if known; whether it was. */
    private static boolean add(List<Need> needs, Need need) {
        if (need == null) {
            return false;
        }
        if (!needs.contains(need)) {
            needs.add(need);
        }
        return true;
    }

    private Info repeated(Info atom) throws Unknown {
        if (at >= regex.length()) {
            return atom;
        }
        char c = regex.charAt(at);
        Info result;
        if (c == '*') {
            at++;
            result = Info.UNKNOWN;
        } else if (c == '+') {
            at++;
            result = new Info(null, atom.required());
        } else if (c == '?') {
            at++;
            result = atom.exact != null && atom.exact.size() < MAX_SET ? Info.exactly(union(atom.exact, Set.of("")))
                    : Info.UNKNOWN;
        } else if (c == '{' && at + 1 < regex.length() && Character.isDigit(regex.charAt(at + 1))) {
            int close = regex.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            String min = regex.substring(at + 1, close).split(",", -1)[0];
            at = close + 1;
            result = Integer.parseInt(min.strip()) >= 1 ? new Info(null, atom.required()) : Info.UNKNOWN;
        } else {
            return atom;
        }
        if (at < regex.length() && regex.charAt(at) == '?') {
            at++; // lazy: the same texts
        }
        return repeated(result);
    }

    private Info atom() throws Unknown {
        char c = regex.charAt(at++);
        switch (c) {
            case '(' -> {
                if (regex.startsWith("?", at)) {
                    int end = at + 1;
                    if (regex.startsWith("P<", end) || regex.startsWith("<", end)) {
                        end = regex.indexOf('>', end) + 1;
                        if (end <= 0) {
                            throw new Unknown();
                        }
                    } else {
                        while (end < regex.length() && regex.charAt(end) != ':' && regex.charAt(end) != ')') {
                            if (regex.charAt(end) == 'i') {
                                throw new Unknown(); // case-insensitive: the texts are not literal
                            }
                            end++;
                        }
                        if (end < regex.length() && regex.charAt(end) == ')') {
                            at = end + 1; // flags alone, e.g. (?m) or (?s)
                            return Info.exactly(Set.of(""));
                        }
                        end++;
                    }
                    at = end;
                }
                Info inner = alternation();
                if (at >= regex.length() || regex.charAt(at) != ')') {
                    throw new Unknown();
                }
                at++;
                return inner;
            }
            case '[' -> {
                return charClass();
            }
            case '.' -> {
                return Info.UNKNOWN;
            }
            case '^', '$' -> {
                return Info.exactly(Set.of(""));
            }
            case '\\' -> {
                return escape();
            }
            case '*', '+', '?', ')' -> throw new Unknown();
            default -> {
                return Info.exactly(Set.of(String.valueOf(c)));
            }
        }
    }

    private Info escape() throws Unknown {
        if (at >= regex.length()) {
            throw new Unknown();
        }
        char c = regex.charAt(at++);
        return switch (c) {
            case 'b', 'B', 'A', 'z' -> Info.exactly(Set.of(""));
            case 'd', 'D', 'w', 'W', 's', 'S' -> Info.UNKNOWN;
            case 'n' -> Info.exactly(Set.of("\n"));
            case 't' -> Info.exactly(Set.of("\t"));
            case 'r' -> Info.exactly(Set.of("\r"));
            case 'f' -> Info.exactly(Set.of("\f"));
            default -> {
                if (Character.isLetterOrDigit(c)) {
                    throw new Unknown(); // \Q, \x, \p, \pL, octal...: not followed
                }
                yield Info.exactly(Set.of(String.valueOf(c)));
            }
        };
    }

    private Info charClass() throws Unknown {
        Set<String> chars = new LinkedHashSet<>();
        boolean known = true;
        if (at < regex.length() && regex.charAt(at) == '^') {
            known = false;
            at++;
        }
        boolean first = true;
        while (at < regex.length() && (regex.charAt(at) != ']' || first)) {
            first = false;
            char c = regex.charAt(at++);
            if (c == '[' && at < regex.length() && regex.charAt(at) == ':') {
                throw new Unknown();
            }
            if (c == '\\') {
                if (at >= regex.length()) {
                    throw new Unknown();
                }
                char e = regex.charAt(at++);
                if (Character.isLetterOrDigit(e)) {
                    known = false; // \w, \d, \n... in a class: not enumerated
                } else {
                    chars.add(String.valueOf(e));
                }
            } else if (at + 1 < regex.length() && regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
                known = false;
                at += 2;
                if (regex.charAt(at - 1) == '\\') {
                    at++;
                }
            } else {
                chars.add(String.valueOf(c));
            }
        }
        if (at >= regex.length()) {
            throw new Unknown();
        }
        at++; // ]
        return known && !chars.isEmpty() && chars.size() <= 4 ? Info.exactly(chars) : Info.UNKNOWN;
    }

    private static Set<String> product(Set<String> left, Set<String> right) {
        if ((long) left.size() * right.size() > MAX_SET) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String a : left) {
            for (String b : right) {
                out.add(a + b);
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    /** A set is a requirement only when each of its texts is long enough to be worth looking for. */
    private static Set<String> usable(Set<String> texts) {
        for (String text : texts) {
            if (text.length() < MIN_LENGTH) {
                return null;
            }
        }
        return texts;
    }

}
