package org.maturityadvisor.ruleset;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of one rich string (a shared string's {@code si} or a cell's {@code is}) fed element by element, as
 * XSSFRichTextString.getString() reads it: the text of its runs ({@code r}) when it has any, else its own {@code t};
 * never its phonetic runs ({@code rPh}); {@code _xHHHH_} escapes decoded (ECMA-376 22.9.2.19).
 */
final class RichText {

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private StringBuilder own;
    private StringBuilder runs;
    private StringBuilder target;
    private boolean inRun;
    private boolean inPhonetic;

    void start(String name) {
        switch (name) {
            case "r" -> {
                inRun = true;
                runs = runs == null ? new StringBuilder() : runs;
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> target = inPhonetic ? null : inRun ? runs : own == null ? (own = new StringBuilder()) : null;
            default -> { }
        }
    }

    void end(String name) {
        switch (name) {
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "t" -> target = null;
            default -> { }
        }
    }

    void characters(char[] text, int start, int length) {
        if (target != null) {
            target.append(text, start, length);
        }
    }

    /** The string's text, or null when it has neither runs nor text of its own. */
    String text() {
        StringBuilder text = runs != null ? runs : own;
        return text == null ? null : decode(text.toString());
    }

    static String decode(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPE.matcher(text);
        return escape.replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1),
                16))));
    }
}
