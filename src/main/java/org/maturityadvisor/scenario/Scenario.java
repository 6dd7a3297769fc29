package org.maturityadvisor.scenario;

import java.time.LocalDate;

import org.maturityadvisor.input.InputOptions;

import tools.jackson.databind.JsonNode;

/**
 * One scenario file: a team's input and, for a what-if scenario, the {@link WhatIf}; what it {@link Expectations
 * expects}. The team's answers (and a what-if's changes) stay as written: they are read by a catalog, and the draft
 * gate and its impact preview read the same scenario under the active catalog and the draft's, so a catalog edit that
 * breaks a scenario fails that scenario, not the load. Everything else is typed when the file is read. A scenario
 * that cannot be read has no input and says why in {@code description}.
 *
 * <p>A scenario is judged as of a fixed day, {@code assessedOn} (default {@link #DEFAULT_DAY}), never the machine's
 * date: an answer's {@code asOf} written relative to it ({@code "-400d"}: 400 days before) is already an ISO date in
 * {@code input}, and {@link #options()} reads the input on that day, so freshness comes out the same every day.
 */
public record Scenario(String file, String name, String description, LocalDate assessedOn, JsonNode input,
                       WhatIf whatIf, Expectations expect) {

    /** The day a scenario that names none is assessed on. */
    public static final LocalDate DEFAULT_DAY = LocalDate.of(2026, 1, 1);

    public Scenario {
        assessedOn = assessedOn == null ? DEFAULT_DAY : assessedOn;
    }

    /** How to read {@link #input()}: on the scenario's own day, with the default evidence limits. */
    public InputOptions options() {
        return InputOptions.on(assessedOn);
    }

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
