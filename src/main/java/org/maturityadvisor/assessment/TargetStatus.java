package org.maturityadvisor.assessment;

import org.maturityadvisor.wire.WireId;

/** Where a team stands against the level it should aim for; {@link #id()} is its stable wire id. */
public enum TargetStatus implements WireId {
    BELOW_TARGET("below-target", "below target"),
    AT_TARGET("at-target", "at target"),
    ABOVE_TARGET("above-target", "above target");

    private final String id;
    private final String words;

    TargetStatus(String id, String words) {
        this.id = id;
        this.words = words;
    }

    public static TargetStatus of(int current, int target) {
        return current < target ? BELOW_TARGET : current == target ? AT_TARGET : ABOVE_TARGET;
    }

    @Override
    public String id() {
        return id;
    }

    /** For people: "below target". */
    public String words() {
        return words;
    }
}
