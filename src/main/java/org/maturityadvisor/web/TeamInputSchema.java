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

    static final Map<String, Object> EXAMPLE = example();

    private TeamInputSchema() {
    }

    /** The three schemas, by name, for the document's components. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static Map<String, Schema> schemas(EvidenceLimits limits) {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        Schema context = object("The team's context: the three fields below, and any context field the catalog "
                + "declares by its short name (GET /api/practices lists them), valued from its choices (yes-no takes "
                + "true or false).")
                .addProperty("mlUseCases", new Schema<>().type("integer").minimum(java.math.BigDecimal.ZERO))
                .addProperty("businessCritical", new Schema<>().type("boolean"))
                .addProperty("inProduction", new Schema<>().type("boolean"));
        context.additionalProperties(new Schema<>().types(java.util.Set.of("string", "boolean")));
        Schema answers = object("Practice id to answer: the plain form (a choice, or true/false for yes-no) or the "
                + "rich form (an object).");
        answers.additionalProperties(new Schema<>().oneOf(List.of(new Schema<>().type("string"),
                new Schema<>().type("boolean"), ref(ANSWER))));
        schemas.put(NAME, object("A team to assess").addProperty("team", new Schema<>().type("string").maxLength(200))
                .addProperty("context", context).addProperty("answers", answers).example(EXAMPLE));
        Schema answer = object("An answer in its rich form. value is required unless notApplicable is true; reason "
                + "is required (and only allowed) with notApplicable. Unknown keys are refused, naming the field.")
                .addProperty("value", new Schema<>().types(java.util.Set.of("string", "boolean"))
                        .description("the practice's value, as in the plain form"))
                .addProperty("asOf", new Schema<>().type("string").format("date").description(
                        "the day the answer describes (yyyy-MM-dd, not in the future); default: the assessment's day"))
                .addProperty("evidence", new Schema<>().type("array").items(ref(EVIDENCE_ITEM))
                        .maxItems(limits.maxItems()).description("at most maturity.evidence.max-items items"))
                .addProperty("notApplicable", new Schema<>().type("boolean"))
                .addProperty("reason", new Schema<>().type("string").maxLength(limits.maxReasonLength())
                        .description("why the practice does not apply (maturity.evidence.max-reason-length)"));
        answer.additionalProperties(false);
        schemas.put(ANSWER, answer);
        Schema item = object("One piece of evidence: a link, a note, or both. Links are never fetched; notes are "
                + "plain text, always shown escaped. Who recorded an item and when is filled in by the service for "
                + "stored assessments; confirmations are recorded by POST /api/teams/{id}/confirmations.")
                .addProperty("link", new Schema<>().type("string").format("uri").pattern("^[Hh][Tt][Tt][Pp][Ss]?://")
                        .maxLength(limits.maxLinkLength()).description("http or https only "
                                + "(maturity.evidence.max-link-length)"))
                .addProperty("note", new Schema<>().type("string").maxLength(limits.maxNoteLength())
                        .description("maturity.evidence.max-note-length"))
                .addProperty("recordedBy", new Schema<>().type("string"))
                .addProperty("recordedAt", new Schema<>().type("string").format("date-time"))
                .addProperty("confirmedBy", new Schema<>().type("string"))
                .addProperty("confirmedAt", new Schema<>().type("string").format("date-time"));
        item.additionalProperties(false);
        item.anyOf(List.of(new Schema<>().required(List.of("link")), new Schema<>().required(List.of("note"))));
        schemas.put(EVIDENCE_ITEM, item);
        return schemas;
    }

    static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Schema<?> object(String description) {
        return new Schema<>().type("object").description(description);
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
