package org.maturityadvisor.ruleset;

import java.util.Optional;

/**
 * The characters a table cell may not hold. Drools pastes a data cell into the code row's snippet inside a quoted
 * string ({@code c.remediation("$param")}) without escaping it reliably (a cell that starts with a double quote is
 * pasted as it is), so these characters could end the string and turn the rest of the cell into code:
 * the double quote {@code "}, the backslash {@code \} (it escapes the closing quote), the dollar sign {@code $}
 * (Drools' parameter marker) and line breaks or other control characters (a string literal cannot span lines).
 * Everything else, including the single quote, is harmless inside the string.
 */
final class SafeText {

    private SafeText() {
    }

    /** Why the text may not reach the compiler, or empty when it may. */
    static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String what = switch (c) {
                case '"' -> "a double quote (\")";
                case '\\' -> "a backslash (\\)";
                case '$' -> "a dollar sign ($)";
                default -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                        ? "a line break or another control character" : null;
            };
            if (what != null) {
                return Optional.of("contains " + what + ", which could end the quoted text the cell is pasted "
                        + "into and turn the rest into code; rephrase without it (a single quote ' is fine)");
            }
        }
        return Optional.empty();
    }
}
