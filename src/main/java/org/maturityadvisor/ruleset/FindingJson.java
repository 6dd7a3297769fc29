package org.maturityadvisor.ruleset;

import org.maturityadvisor.definition.FindingKind;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A finding's kind in JSON is its stable id ({@code formula-cell}), the same as SARIF's rule id, read and written so
 * by every mapper that carries findings: the service's (a bean), the CLI's and a stored draft report's.
 */
public final class FindingJson {

    /** Writes and reads {@link FindingKind} as its id. */
    public static final JacksonModule MODULE = new SimpleModule("finding-kind")
            .setMixInAnnotation(FindingKind.class, KindAsId.class);

    private FindingJson() {
    }

    public static JsonMapper.Builder with(JsonMapper.Builder builder) {
        return builder.addModule(MODULE);
    }

    abstract static class KindAsId {
        @JsonValue
        abstract String id();
    }
}
