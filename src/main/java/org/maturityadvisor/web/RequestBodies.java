package org.maturityadvisor.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The shapes of the bodies the controllers read as text (so that {@link StrictJsonText} and the readers can name
 * every field at fault): documentation only, never used to read a request. Each says the fields its reader takes;
 * the team input's parts ({@code ContextInput}, {@code AnswersInput}, {@code PracticeChanges}) are in
 * {@link TeamInputSchema}.
 */
final class RequestBodies {

    static final String CONTEXT = "#/components/schemas/" + TeamInputSchema.CONTEXT;
    static final String ANSWERS = "#/components/schemas/" + TeamInputSchema.ANSWERS;
    static final String CHANGES = "#/components/schemas/" + TeamInputSchema.CHANGES;

    private RequestBodies() {
    }

    @Schema(name = "ImportFile", description = "Teams with their answers, one assessment each (the JSON twin of the"
            + " CSV import; GET /teams/import/template.csv shows the columns)")
    record ImportFile(@Schema(requiredMode = RequiredMode.REQUIRED) List<ImportTeam> teams) {
    }

    @Schema(name = "ImportTeam", description = "One team of an import: a registered team's id, or a new one's with its"
            + " name and group")
    record ImportTeam(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 64) String id,
                      @Schema(maxLength = 200) String name, @Schema(maxLength = 64) String group,
                      @Schema(ref = CONTEXT) Object context, @Schema(ref = ANSWERS) Object answers) {
    }

    @Schema(name = "WhatIfRequest", description = "A team (as for POST /api/assessments) and the plans to try on it")
    record WhatIf(@Schema(maxLength = 200) String team, @Schema(ref = CONTEXT) Object context,
                  @Schema(ref = ANSWERS) Object answers,
                  @Schema(requiredMode = RequiredMode.REQUIRED) List<WhatIfPlan> plans) {
    }

    @Schema(name = "WhatIfPlan", description = "A named set of practice changes")
    record WhatIfPlan(@Schema(requiredMode = RequiredMode.REQUIRED) String name,
                      @Schema(ref = CHANGES, requiredMode = RequiredMode.REQUIRED) Object changes) {
    }

    @Schema(name = "PathRequest", description = "A team, a model and the level to reach (leave target out for the "
            + "level the target table recommends)")
    record Path(@Schema(maxLength = 200) String team, @Schema(ref = CONTEXT) Object context,
                @Schema(ref = ANSWERS) Object answers,
                @Schema(requiredMode = RequiredMode.REQUIRED, example = "microsoft") String model, Integer target) {
    }

    @Schema(name = "ImpactRequest", description = "A team and the models to rank single changes over (none: all)")
    record Impact(@Schema(maxLength = 200) String team, @Schema(ref = CONTEXT) Object context,
                  @Schema(ref = ANSWERS) Object answers, List<String> models) {
    }

    @Schema(name = "PlanRequest", description = "A saved plan: its name and its changes (on a change, either or both)")
    record Plan(String name, @Schema(ref = CHANGES) Object changes) {
    }

    @Schema(name = "ConfirmationRequest", description = "The practices whose evidence to confirm, or all: true")
    record Confirmation(List<String> practices, Boolean all) {
    }

    @Schema(name = "PublishRequest", description = "All optional: force past a failing gate (with a reason), "
            + "rebase a stale draft")
    record Publish(Boolean force, String reason, Boolean rebase) {
    }

    @Schema(name = "RollbackRequest", description = "All optional: force past a failing gate (with a reason)")
    record Rollback(Boolean force, String reason) {
    }
}
