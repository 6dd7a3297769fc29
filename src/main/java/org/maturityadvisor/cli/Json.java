package org.maturityadvisor.cli;

import org.maturityadvisor.json.WireJson;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON output of the CLI: the same shapes as the API, indented. */
final class Json {

    private static final JsonMapper MAPPER = WireJson.with(JsonMapper.builder())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** A scan report as pushed: the report's JSON, with what was scanned ({@code commit}, {@code ref}) when given. */
    static String pushed(Object report, String commit, String ref) {
        ObjectNode json = MAPPER.valueToTree(report);
        if (commit != null) {
            json.put("commit", commit);
        }
        if (ref != null) {
            json.put("ref", ref);
        }
        return MAPPER.writeValueAsString(json);
    }
}
