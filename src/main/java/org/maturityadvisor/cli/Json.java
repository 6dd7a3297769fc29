package org.maturityadvisor.cli;

import org.maturityadvisor.json.WireJson;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON output of the CLI: the same shapes as the API, indented. */
final class Json {

    private static final JsonMapper MAPPER = WireJson.with(JsonMapper.builder())
            .enable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
