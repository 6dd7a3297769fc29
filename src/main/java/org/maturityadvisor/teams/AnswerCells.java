package org.maturityadvisor.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How an answer's rich form sits in spreadsheet cells, read by the import and written by the export, so that an
 * export imports again to the same answers:
 * <ul>
 * <li>the practice's own column holds the value, or {@code n/a: <reason>} when the practice does not apply;</li>
 * <li>{@code <practice>.evidence} holds the evidence, one item a line (Alt+Enter in a spreadsheet cell): a link, a
 * note, or {@code link | note}; an item whose note alone could read as a link or holds " | " is written
 * {@code | note};</li>
 * <li>{@code <practice>.asOf} holds the day the answer describes, {@code yyyy-MM-dd}.</li>
 * </ul>
 * Who recorded and confirmed evidence is not a cell: the service records it, and carries it (with confirmations) to an
 * imported answer that gives the same value and the same items as the team's previous assessment.
 */
final class AnswerCells {

    static final String EVIDENCE = ".evidence";
    static final String AS_OF = ".asOf";
    static final String NOT_APPLICABLE = "n/a";
    static final String SEPARATOR = " | ";

    /** A scheme and no space: what the import takes as a link when an item has no " | ". */
    private static final Pattern LINK_LIKE = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:\\S*");

    private AnswerCells() {
    }

    /** One piece of evidence as a cell item: a link, a note, or both; never both null. */
    record Item(String link, String note) {
    }

    /** Whether a value cell marks the practice not applicable: {@code n/a} or {@code n/a: reason}, in any case. */
    static boolean notApplicable(String cell) {
        String lower = cell.toLowerCase(Locale.ROOT);
        return lower.equals(NOT_APPLICABLE) || lower.startsWith(NOT_APPLICABLE + ":");
    }

    /** The reason of a not-applicable cell; empty when none is given. */
    static String reason(String cell) {
        return cell.length() <= NOT_APPLICABLE.length() ? "" : cell.substring(NOT_APPLICABLE.length() + 1).strip();
    }

    static String notApplicableCell(String reason) {
        return reason == null || reason.isBlank() ? NOT_APPLICABLE : NOT_APPLICABLE + ": " + reason;
    }

    /**
     * The items of an evidence cell, blank lines skipped.
     *
     * @throws IllegalArgumentException naming the item (1-based) that is empty
     */
    static List<Item> items(String cell) {
        List<Item> items = new ArrayList<>();
        String[] lines = cell.split("\\r\\n|\\r|\\n", -1);
        for (String line : lines) {
            String item = line.strip();
            if (item.isEmpty()) {
                continue;
            }
            items.add(item(item, items.size() + 1));
        }
        return items;
    }

    private static Item item(String item, int number) {
        if (item.startsWith("|")) {
            String note = item.substring(1).strip();
            if (note.isEmpty()) {
                throw new IllegalArgumentException("item " + number + ": a note after | is empty");
            }
            return new Item(null, note);
        }
        int separator = item.indexOf(SEPARATOR);
        if (separator >= 0) {
            String note = item.substring(separator + SEPARATOR.length()).strip();
            return new Item(item.substring(0, separator).strip(), note.isEmpty() ? null : note);
        }
        return LINK_LIKE.matcher(item).matches() ? new Item(item, null) : new Item(null, item);
    }

    /** An evidence cell of these items, one a line; a line break inside a note becomes a space. */
    static String cell(List<Item> items) {
        List<String> lines = new ArrayList<>();
        for (Item item : items) {
            String note = item.note() == null ? null : item.note().replaceAll("\\s*(\\r\\n|\\r|\\n)\\s*", " ").strip();
            if (item.link() == null) {
                boolean ambiguous = note.startsWith("|") || note.contains(SEPARATOR) || LINK_LIKE.matcher(note)
                        .matches();
                lines.add(ambiguous ? "| " + note : note);
            } else {
                lines.add(note == null || note.isEmpty() ? item.link() : item.link() + SEPARATOR + note);
            }
        }
        return String.join("\n", lines);
    }
}
