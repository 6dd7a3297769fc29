package org.maturityadvisor.json;

import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.TargetStatus;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.store.VersionState;

import com.fasterxml.jackson.annotation.JsonValue;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every enum that crosses a seam travels as its stable wire id ({@code formula-cell}, {@code below-target},
 * {@code absent}, {@code small}), never as its Java name: read and written so by every mapper that carries them (the
 * service's, as a bean; the CLI's; a stored draft report's; the scenarios'). The core's enums stay free of JSON types:
 * the id is bound here, by mix-in.
 */
public final class WireJson {

    /** Writes and reads each wire enum as its id. */
    public static final JacksonModule MODULE = new SimpleModule("wire-ids")
            .setMixInAnnotation(FindingKind.class, ById.class)
            .setMixInAnnotation(TargetStatus.class, ById.class)
            .setMixInAnnotation(AuditAction.class, ById.class)
            .setMixInAnnotation(VersionState.class, ById.class)
            .setMixInAnnotation(VersionOrigin.class, ById.class)
            .setMixInAnnotation(CriterionStatus.class, ByLabel.class)
            .setMixInAnnotation(Effort.class, ByLabel.class)
            .setMixInAnnotation(ModelKind.class, ByLabel.class)
            .setMixInAnnotation(PracticeType.class, ByLabel.class);

    private WireJson() {
    }

    public static JsonMapper.Builder with(JsonMapper.Builder builder) {
        return builder.addModule(MODULE);
    }

    abstract static class ById {
        @JsonValue
        abstract String id();
    }

    abstract static class ByLabel {
        @JsonValue
        abstract String label();
    }
}
