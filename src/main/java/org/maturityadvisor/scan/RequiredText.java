package org.maturityadvisor.scan;

import java.util.LinkedHashSet;
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

    /** What a part of an expression matches: exactly one of {@code exact}, or a text containing one of {@code any}. */
    private record Info(Set<String> exact, Set<String> any) {
        static final Info UNKNOWN = new Info(null, null);

        static Info exactly(Set<String> texts) {
            return new Info(texts, null);
        }

        Set<String> required() {
            return exact != null ? usable(exact) : any;
        }
    }

    private final String regex;
    private int at;

    private RequiredText(String regex) {
        this.regex = regex;
    }

    /** The texts a match must contain one of; empty when nothing is known. */
    static Set<String> of(String regex) {
        try {
            RequiredText parser = new RequiredText(regex);
            Info info = parser.alternation();
            if (parser.at != regex.length()) {
                return Set.of();
            }
            Set<String> required = info.required();
            return required == null ? Set.of() : required;
        } catch (Unknown | RuntimeException e) {
            return Set.of();
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
        Set<String> any = first.required() == null ? null : new LinkedHashSet<>(first.required());
        while (at < regex.length() && regex.charAt(at) == '|') {
            at++;
            Info next = concatenation();
            if (exact != null && next.exact != null && exact.size() + next.exact.size() <= MAX_SET) {
                exact.addAll(next.exact);
            } else {
                exact = null;
            }
            Set<String> required = next.required();
            if (any != null && required != null) {
                any.addAll(required);
            } else {
                any = null;
            }
        }
        return exact != null ? Info.exactly(exact) : new Info(null, any);
    }

    private Info concatenation() throws Unknown {
        Set<String> run = Set.of("");
        Set<String> best = null;
        boolean allExact = true;
        while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
            Info atom = repeated(atom());
            if (atom.exact != null) {
                Set<String> product = product(run, atom.exact);
                if (product != null) {
                    run = product;
                    continue;
                }
                best = better(best, usable(run));
                run = atom.exact;
                allExact = false;
            } else {
                best = better(better(best, usable(run)), atom.any);
                run = Set.of("");
                allExact = false;
            }
        }
        return allExact ? Info.exactly(run) : new Info(null, better(best, usable(run)));
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

    /** The better of two requirements: the one whose shortest text is longest. */
    private static Set<String> better(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return shortest(b) > shortest(a) ? b : a;
    }

    private static int shortest(Set<String> texts) {
        return texts.stream().mapToInt(String::length).min().orElse(0);
    }
}
