package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A parameter that is not what its handler takes is the caller's mistake wherever it is sent: a 400 page naming it on
 * the workbench, a 400 problem naming it on the API, a 400 fragment naming the field in the what-if panel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebInputErrorsTest {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource({
            "/rulesets/9223372036854775808, id",
            "/rulesets/compare?from=&to=1, from",
            "/rulesets/compare?from=1&to=9223372036854775808, to",
            "/rulesets/compare?to=1, from",
            "/rulesets?before=x, before"})
    void aWorkbenchParameterOfTheWrongShapeIsA400PageNamingIt(String path, String parameter) {
        HttpResponse<String> page = Pages.admin(port).get(path);

        assertThat(page.statusCode()).as(page.body()).isEqualTo(400);
        assertThat(page.body()).contains("<main", "Cannot do that", parameter);
    }

    @ParameterizedTest(name = "{0} {1} names {2}")
    @CsvSource({
            "GET, /api/rulesets/9223372036854775808, id",
            "GET, /api/rulesets/9223372036854775808/report, id",
            "POST, /api/rulesets/9223372036854775808/publish, id",
            "POST, /api/rulesets//publish, (path)",
            "POST, /api/rulesets//rollback, (path)",
            "GET, /api/rulesets?before=x, before"})
    void anApiParameterOfTheWrongShapeIsA400ProblemNamingIt(String method, String path, String parameter) {
        Api api = new Api(port);
        HttpRequest.Builder request = api.request(path).header("Content-Type", "application/json")
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));

        HttpResponse<String> problem = api.send(request);

        assertThat(problem.statusCode()).as(problem.body()).isEqualTo(400);
        assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/problem+json"));
        JsonNode body = JsonMapper.builder().build().readTree(problem.body());
        assertThat(body.get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
    }

    @Test
    void aWhatIfChangeOutsideThePracticesChoicesIsA400FragmentNamingTheField() {
        HttpResponse<String> fragment = new Pages(port).post("/what-if", Map.of("team", "x",
                "w.release.method", "bogus"));

        assertThat(fragment.statusCode()).isEqualTo(400);
        assertThat(fragment.body()).doesNotContain("<html").contains("w.release.method", "bogus");
    }

    @Test
    void aVersionNumberThatFitsButIsNotStoredIsStillNotFound() {
        Api api = new Api(port);
        assertThat(api.send(api.request("/api/rulesets/9223372036854775807").GET()).statusCode()).isEqualTo(404);
        assertThat(Pages.admin(port).get("/rulesets/9223372036854775807").statusCode()).isEqualTo(404);
    }
}
