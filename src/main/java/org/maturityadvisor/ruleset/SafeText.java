package org.maturityadvisor.ruleset;

import java.util.Optional;

/**
 * The characters a table cell may not hold: line breaks and other control characters, which no report or page can
 * show as the analyst meant them. Cells are data and never reach a compiler, so quotes, backslashes and dollar signs
 * are plain text.
 */
final class SafeText {

    private SafeText() {
    }

    /** Why the text cannot be kept as a cell value, or empty when it can. */
    static Optional<String> refusal(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return Optional.of("contains a line break or another control character at position " + (i + 1)
                        + "; keep a cell on one line");
            }
        }
        return Optional.empty();
    }
}
