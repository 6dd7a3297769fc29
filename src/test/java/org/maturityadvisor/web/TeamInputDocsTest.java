package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document shows the rich answer form on the operations that assess a team: the body's schema, its
 * limits, and an example with evidence, a date and a reasoned "not applicable", which the service itself accepts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamInputDocsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void theAssessmentOperationsDocumentTheRichAnswerFormWithAnExample() {
        String docs = new Api(port).get("/v3/api-docs").body();
        JsonNode document = JSON.readTree(docs);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(docs);
        assertThat(parsed.getMessages()).as("the document parses").isEmpty();

        for (String path : new String[] {"/api/assessments", "/api/teams/{id}/assessments"}) {
            JsonNode body = document.path("paths").path(path).path("post").path("requestBody").path("content")
                    .path("application/json");
            assertThat(body.at("/schema/$ref").stringValue()).as(path).isEqualTo("#/components/schemas/TeamInput");
            assertThat(body.at("/example/answers/release.method/evidence/0/link").stringValue())
                    .isEqualTo("https://ci.example.com/pipelines/42");
            assertThat(body.at("/example/answers/release.ab-testing/notApplicable").booleanValue()).isTrue();
        }
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/Answer/properties/evidence/maxItems").intValue()).isEqualTo(20);
        assertThat(schemas.at("/EvidenceItem/properties/link/maxLength").intValue()).isEqualTo(2000);
        assertThat(schemas.at("/EvidenceItem/additionalProperties").booleanValue()).isFalse();
    }

    @Test
    void theDocumentedExampleIsAcceptedAsItStands() {
        Api api = new Api(port);
        JsonNode example = JSON.readTree(api.get("/v3/api-docs").body())
                .at("/paths/~1api~1assessments/post/requestBody/content/application~1json/example");
        HttpResponse<String> assessed = api.postJson("/api/assessments", example.toString());

        assertThat(assessed.statusCode()).as(assessed.body()).isEqualTo(200);
    }
}
