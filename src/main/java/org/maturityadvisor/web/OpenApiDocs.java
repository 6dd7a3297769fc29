package org.maturityadvisor.web;

import java.util.Map;

import org.maturityadvisor.config.EvidenceSettings;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The OpenAPI document's title and the RFC 9457 problem responses ({@link ProblemResponses}) on every operation:
 * 400 invalid input, 404 for a path naming something, 409, 422 and 503 as the handlers answer them; and the team
 * input's schema, with the rich answer form (evidence, asOf, not applicable), on the operations that assess one.
 */
@Configuration
class OpenApiDocs {

    private static final String PROBLEM = "Problem";

    @Bean
    OpenApiCustomizer openApiProblemResponses(EvidenceSettings evidence) {
        return openApi -> {
            openApi.info(new Info().title("Maturity Advisor API").version(versionOrDev())
                    .description("MLOps maturity level, the explained chain behind it, and what blocks the next level."));
            if (openApi.getComponents() == null) {
                openApi.components(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            TeamInputSchema.schemas(evidence.limits()).forEach(openApi.getComponents()::addSchemas);
            ASSESSING.forEach(path -> teamInputBody(openApi, path));
            documentsByAcceptOnly(openApi);
            STORED_INPUTS.forEach(name -> {
                Schema<?> stored = openApi.getComponents().getSchemas().get(name);
                if (stored != null && stored.getProperties() != null) {
                    stored.getProperties().put("input", TeamInputSchema.ref(TeamInputSchema.NAME)
                            .description("the team input as it was stored"));
                }
            });
            openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
                problemsOnly(operation.getResponses());
                if (operation.getParameters() != null) { // OpenAPI: a header parameter named so is ignored
                    operation.getParameters().removeIf(parameter -> "header".equals(parameter.getIn())
                            && IGNORED_HEADERS.contains(parameter.getName().toLowerCase(java.util.Locale.ROOT)));
                }
                add(operation.getResponses(), "400", "Invalid input: every field at fault under errors");
                if (path.contains("{")) {
                    add(operation.getResponses(), "404", "Not found");
                }
                if (path.startsWith("/api/rulesets") || path.startsWith("/api/teams")) {
                    add(operation.getResponses(), "409", "Refused: conflict (a team that exists, a team name other than the registered one, a stale draft)");
                }
                if (path.startsWith("/api/rulesets") || path.contains("/explain")) {
                    add(operation.getResponses(), "422", "Rule set refused, with every problem");
                }
                add(operation.getResponses(), "503", "Storage unavailable: nothing was stored");
            }));
        };
    }

    private static final java.util.Set<String> IGNORED_HEADERS = java.util.Set.of("accept", "content-type",
            "authorization");

    /** The answers that carry a stored team input (raw JSON in the record, so springdoc cannot see its shape). */
    private static final java.util.List<String> STORED_INPUTS = java.util.List.of("StoredView", "ExportedAssessment");

    /** The operations whose body is one team input. */
    private static final java.util.List<String> ASSESSING = java.util.List.of("/api/assessments",
            "/api/assessments/trace", "/api/teams/{id}/assessments", "/api/simulations/next-steps",
            "/api/simulations/roadmap");

    /**
     * {@code POST /api/assessments} answers a document for people (Markdown, HTML, text) from a second handler, chosen
     * over the JSON one whenever {@code Accept} names one of them at all. Listed as the operation's content types, a
     * generated client would send them all in {@code Accept} and get Markdown for a typed call; so the document names
     * them in the description and in {@code x-documents-by-accept}, and the operation's content is JSON.
     */
    private static void documentsByAcceptOnly(OpenAPI openApi) {
        io.swagger.v3.oas.models.PathItem item = openApi.getPaths() == null ? null
                : openApi.getPaths().get("/api/assessments");
        if (item == null || item.getPost() == null || item.getPost().getResponses().get("200") == null) {
            return;
        }
        ApiResponse ok = item.getPost().getResponses().get("200");
        java.util.List<String> documents = new java.util.ArrayList<>();
        ok.getContent().keySet().removeIf(type -> type.startsWith("text/") && documents.add(type));
        if (!documents.isEmpty()) {
            ok.addExtension("x-documents-by-accept", documents);
            ok.description(ok.getDescription() + " (send Accept: " + String.join(", ", documents) + ")");
        }
    }

    private static void teamInputBody(OpenAPI openApi, String path) {
        io.swagger.v3.oas.models.PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        if (item == null || item.getPost() == null) {
            return;
        }
        io.swagger.v3.oas.models.parameters.RequestBody body = item.getPost().getRequestBody() == null
                ? new io.swagger.v3.oas.models.parameters.RequestBody().required(true)
                : item.getPost().getRequestBody();
        body.description("The team input: answers in the plain form (\"yes\", \"scripted\") or the rich form "
                + "({value, asOf, evidence: [{link, note}]} or {notApplicable: true, reason}).");
        body.content(new Content().addMediaType("application/json", new MediaType()
                .schema(TeamInputSchema.ref(TeamInputSchema.NAME)).example(TeamInputSchema.EXAMPLE)));
        item.getPost().requestBody(body);
    }

    /**
     * A 4xx or 5xx answers a problem: springdoc would give a response declared with a code alone the operation's
     * return type, as if the error carried the result.
     */
    private static void problemsOnly(io.swagger.v3.oas.models.responses.ApiResponses responses) {
        responses.forEach((code, response) -> {
            if ((code.startsWith("4") || code.startsWith("5")) && (response.getContent() == null
                    || !response.getContent().containsKey("application/problem+json"))) {
                response.content(new Content().addMediaType("application/problem+json", new MediaType()
                        .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
    }

    private static void add(io.swagger.v3.oas.models.responses.ApiResponses responses, String code, String text) {
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(text).content(new Content()
                    .addMediaType("application/problem+json", new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
        }
    }

    /**
     * RFC 9457 problem details as the handlers write them, with this service's members: every field at fault under
     * {@code errors} (and how many in all), the two names of a team-name clash, a limit's setting and maximum.
     */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Schema error = TeamInputSchema.typed("object").description("One thing at fault: the field (or row, entry, "
                + "practice) and why; an import's errors also name the line and column")
                .addProperty("field", TeamInputSchema.typed("string")).addProperty("reason",
                        TeamInputSchema.typed("string"));
        return TeamInputSchema.typed("object").description("RFC 9457 problem details")
                .addProperty("type", TeamInputSchema.typed("string").format("uri-reference"))
                .addProperty("title", TeamInputSchema.typed("string"))
                .addProperty("status", TeamInputSchema.typed("integer").format("int32"))
                .addProperty("detail", TeamInputSchema.typed("string"))
                .addProperty("instance", TeamInputSchema.typed("string").format("uri-reference"))
                .addProperty("errors", TeamInputSchema.typed("array").items(error)
                        .description("the first maturity.limits.errors problems"))
                .addProperty("totalErrors", TeamInputSchema.typed("integer").format("int64"))
                .addProperty("registeredName", TeamInputSchema.typed("string"))
                .addProperty("givenName", TeamInputSchema.typed("string"))
                .addProperty("limit", TeamInputSchema.typed("string").description("the setting that bounds the request"))
                .addProperty("field", TeamInputSchema.typed("string"))
                .addProperty("max", TeamInputSchema.typed("integer").format("int64"))
                .addProperty("unit", TeamInputSchema.typed("string"));
    }

    private static String versionOrDev() {
        String version = OpenApiDocs.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
