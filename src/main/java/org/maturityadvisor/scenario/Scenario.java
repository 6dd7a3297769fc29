package org.maturityadvisor.scenario;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** One scenario file: a team's input, kept raw so a catalog edit that breaks it fails the scenario, not the load. */
public record Scenario(String file, String name, String description, JsonNode input,
                       Map<String, Expectation> expect) {
}
