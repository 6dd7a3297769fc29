package org.maturityadvisor.coverage;

import java.util.List;

/**
 * One thing of the rule set the scenarios may exercise, and how they do: {@code asMet} scenarios meet it (reach it,
 * complete it, decide with it), {@code asBlocking} are blocked by it (at most {@link #NAMED} of each named in
 * {@code metIn} / {@code blockingIn}, in the order they ran). {@code blocks} is false for what can never block (an
 * extra checklist section's statement, a target row): such an item is not counted on the blocking side at all.
 *
 * @param id      the criterion's id, the level's number, the section's or target row's name
 * @param words   the criterion's question, the level's name (null: not given), the row's conditions
 * @param level   the criterion's or level's number; null for a section or target row
 * @param section the criterion's dimension or section; null for a level or target row
 * @param file    the table the row is in; null for a level or a section
 * @param row     its row (line of a CSV table); null for a level or a section
 */
public record CoverageItem(ItemKind kind, String model, String id, String words, Integer level, String section,
                           String file, Integer row, boolean blocks, int asMet, int asBlocking, List<String> metIn,
                           List<String> blockingIn) {

    /** How many scenarios an item names per side, so that a report over hundreds of scenarios stays small. */
    public static final int NAMED = 3;

    public CoverageItem {
        metIn = metIn == null ? List.of() : List.copyOf(metIn);
        blockingIn = blockingIn == null ? List.of() : List.copyOf(blockingIn);
    }

    public boolean coveredAsMet() {
        return asMet > 0;
    }

    public boolean coveredAsBlocking() {
        return asBlocking > 0;
    }

    /** No scenario exercises it either way. */
    public boolean uncovered() {
        return asMet == 0 && asBlocking == 0;
    }

    /** Blocking is a way it can be exercised and no scenario does. */
    public boolean neverBlocking() {
        return blocks && asBlocking == 0;
    }

    /** For people: "criterion ms-ab-testing (level 3, Model Release): Do you A/B test ...?". */
    public String label() {
        StringBuilder text = new StringBuilder(kind.words()).append(' ');
        switch (kind) {
            case LEVEL, BAND -> text.append(id).append(" (").append(words == null ? "name not given" : words)
                    .append(')');
            case SECTION -> text.append(id);
            default -> {
                text.append(id);
                if (level != null && kind == ItemKind.CRITERION) {
                    text.append(" (level ").append(level).append(section == null ? "" : ", " + section).append(')');
                } else if (section != null) {
                    text.append(" (").append(section).append(')');
                }
                if (words != null) {
                    text.append(": ").append(words);
                }
            }
        }
        return text.toString();
    }

    /** Where it is in the tables: "microsoft-mlops.drl.xlsx row 46"; null for a level or a section. */
    public String where() {
        return file == null || row == null ? null : file + " row " + row;
    }
}
