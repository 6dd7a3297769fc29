package org.maturityadvisor.scenario;

import tools.jackson.databind.JsonNode;

/**
 * One scenario file: a team's input and, for a what-if scenario, the {@link WhatIf}; what it {@link Expectations
 * expects}. The team's answers (and a what-if's changes) stay as written: they are read by a catalog, and the draft
 * gate and its impact preview read the same scenario under the active catalog and the draft's, so a catalog edit that
 * breaks a scenario fails that scenario, not the load. Everything else is typed when the file is read. A scenario
 * that cannot be read has no input and says why in {@code description}.
 */
public record Scenario(String file, String name, String description, JsonNode input, WhatIf whatIf,
                       Expectations expect) {

    /**
     * Changes to apply to the team before the expectations are checked ({@code changes}: practice id to value, null
     * or "drop", as written), and/or a path to plan on the changed team.
     */
    public record WhatIf(JsonNode changes, PathRequest path) {
    }

    /** The shortest path to {@code target} (null: the next level) of {@code model}. */
    public record PathRequest(String model, Integer target) {
    }
}
