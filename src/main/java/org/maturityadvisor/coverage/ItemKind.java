package org.maturityadvisor.coverage;

import org.maturityadvisor.wire.WireId;

/**
 * What a covered item is, and what its two ways of being exercised mean for it ({@link #metWords()},
 * {@link #blockingWords()}; null when the item cannot block: a target row).
 */
public enum ItemKind implements WireId {
    CRITERION("criterion", "criterion", "criteria", "met", "blocking"),
    TEST("test", "test", "tests", "full points", "short of full points in a short section"),
    STATEMENT("statement", "statement", "statements", "met", "unmet in a required section"),
    LEVEL("level", "level", "levels", "reached", "blocked"),
    BAND("band", "band", "bands", "reached", "blocked"),
    SECTION("section", "checklist section", "checklist sections", "complete", "incomplete"),
    TARGET_ROW("target-row", "target row", "target rows", "decides a target", null);

    private final String id;
    private final String words;
    private final String plural;
    private final String metWords;
    private final String blockingWords;

    ItemKind(String id, String words, String plural, String metWords, String blockingWords) {
        this.id = id;
        this.words = words;
        this.plural = plural;
        this.metWords = metWords;
        this.blockingWords = blockingWords;
    }

    @Override
    public String id() {
        return id;
    }

    /** For people: "criterion", "target row". */
    public String words() {
        return words;
    }

    /** "criteria", "target rows". */
    public String plural() {
        return plural;
    }

    /** What it is to be exercised the first way: "met", "reached", "complete", "decides a target". */
    public String metWords() {
        return metWords;
    }

    /** What it is to be exercised the second way: "blocking", "blocked", "incomplete"; null for a target row. */
    public String blockingWords() {
        return blockingWords;
    }

    /** A criterion, test or statement: a row that asks something of a practice. */
    public boolean asksOfPractice() {
        return this == CRITERION || this == TEST || this == STATEMENT;
    }
}
