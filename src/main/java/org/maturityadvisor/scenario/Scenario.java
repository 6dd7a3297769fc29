package org.maturityadvisor.scenario;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One scenario file: a team's input, kept raw so a catalog edit that breaks it fails the scenario, not the load; and,
 * for a what-if scenario, {@code whatIf}: {@code changes} to apply to the team before the expectations are checked
 * and/or a {@code path} request ({@code model}, {@code target}).
 */
public record Scenario(String file, String name, String description, JsonNode input, JsonNode whatIf,
                       Map<String, Expectation> expect) {
}
