package org.maturityadvisor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.input.EvidenceLimits;

import io.swagger.v3.oas.models.media.Schema;

/**
 * The team input as an OpenAPI schema, with an example in the rich answer form: an answer is a plain value, or an
 * object with its value, the day it describes, its evidence (links and notes) or a reasoned "not applicable". The
 * controllers take the body as text (the reader names every field at fault), so the document says the shape here.
 */
final class TeamInputSchema {

    static final String NAME = "TeamInput";
    static final String ANSWER = "Answer";
    static final String EVIDENCE_ITEM = "EvidenceItem";
    static final String CONTEXT = "ContextInput";
    static final String ANSWERS = "AnswersInput";
    static final String CHANGES = "PracticeChanges";

    static final Map<String, Object> EXAMPLE = example();

    private TeamInputSchema() {
    }

    /** The schemas, by name, for the document's components. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<String, Schema> schemas(EvidenceLimits limits) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        Schema context = object("The team's context: the three fields below, and any context field the catalog "
                + "declares by its short name (GET /api/practices lists them), valued from its choices (yes-no takes "
                + "true or false).")
                .addProperty("mlUseCases", typed("integer").minimum(java.math.BigDecimal.ZERO))
                .addProperty("businessCritical", typed("boolean"))
                .addProperty("inProduction", typed("boolean"));
        context.additionalProperties(typed("string", "boolean"));
        schemas.put(CONTEXT, context);
        Schema answers = object("Practice id to answer: the plain form (a choice, or true/false for yes-no) or the "
                + "rich form (an object).");
        // anyOf, not oneOf: the three are disjoint, and a generated client reads anyOf by the first that fits
        answers.additionalProperties(new Schema<>().anyOf(List.of(typed("boolean"), typed("string"), ref(ANSWER))));
        schemas.put(ANSWERS, answers);
        schemas.put(NAME, object("A team to assess").addProperty("team", typed("string").maxLength(200))
                .addProperty("context", ref(CONTEXT)).addProperty("answers", ref(ANSWERS)).example(EXAMPLE));
        Schema changes = object("Practice id to its new value: one of its choices (true/false for yes-no), null "
                + "(back to unknown) or \"drop\" (its lowest value: the practice is given up).");
        changes.additionalProperties(typed("string", "boolean", "null"));
        schemas.put(CHANGES, changes);
        Schema answer = object("An answer in its rich form. value is required unless notApplicable is true; reason "
                + "is required (and only allowed) with notApplicable. Unknown keys are refused, naming the field.")
                .addProperty("value", typed("string", "boolean")
                        .description("the practice's value, as in the plain form"))
                .addProperty("asOf", typed("string").format("date").description(
                        "the day the answer describes (yyyy-MM-dd, not in the future); default: the assessment's day"))
                .addProperty("evidence", typed("array").items(ref(EVIDENCE_ITEM))
                        .maxItems(limits.maxItems()).description("at most maturity.evidence.max-items items"))
                .addProperty("notApplicable", typed("boolean"))
                .addProperty("reason", typed("string").maxLength(limits.maxReasonLength())
                        .description("why the practice does not apply (maturity.evidence.max-reason-length)"));
        answer.additionalProperties(false);
        schemas.put(ANSWER, answer);
        Schema item = object("One piece of evidence: a link, a note, or both. Links are never fetched; notes are "
                + "plain text, always shown escaped. Who recorded an item and when is filled in by the service for "
                + "stored assessments; confirmations are recorded by POST /api/teams/{id}/confirmations.")
                .addProperty("link", typed("string").format("uri").pattern("^[Hh][Tt][Tt][Pp][Ss]?://")
                        .maxLength(limits.maxLinkLength()).description("http or https only "
                                + "(maturity.evidence.max-link-length)"))
                .addProperty("note", typed("string").maxLength(limits.maxNoteLength())
                        .description("maturity.evidence.max-note-length"))
                .addProperty("recordedBy", typed("string"))
                .addProperty("recordedAt", typed("string").format("date-time"))
                .addProperty("confirmedBy", typed("string"))
                .addProperty("confirmedAt", typed("string").format("date-time"));
        item.additionalProperties(false);
        item.anyOf(List.of(new Schema<>().required(List.of("link")), new Schema<>().required(List.of("note"))));
        schemas.put(EVIDENCE_ITEM, item);
        return schemas;
    }

    /**
     * A schema of one or more JSON types. OpenAPI 3.1 writes {@code types}; {@code type} alone is dropped from the
     * served document (the schema then says nothing), so both are set.
     */
    static Schema<?> typed(String... types) {
        return new Schema<>().type(types[0]).types(new java.util.LinkedHashSet<>(List.of(types)));
    }

    static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> object(String description) {
        return typed("object").description(description);
    }

    private static Map<String, Object> example() {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("link", "https://ci.example.com/pipelines/42");
        evidence.put("note", "deploy job runs on every push to main");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("creation.data-pipeline", "yes");
        answers.put("release.method", Map.of("value", "ci-cd-pipeline", "asOf", "2026-11-02",
                "evidence", List.of(evidence)));
        answers.put("release.ab-testing", Map.of("notApplicable", true,
                "reason", "batch scoring only; no live traffic to split"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("team", "Payments ML");
        example.put("context", Map.of("mlUseCases", 3, "businessCritical", true, "inProduction", true));
        example.put("answers", answers);
        return example;
    }
}
