package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code open-assessments=false} the stateless calls need a viewer; an allow-listed origin may call. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "maturity.security.open-assessments=false",
        "maturity.security.cors.allowed-origins=https://workbench.example"})
class ClosedAssessmentsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void theStatelessCallsNeedAViewerWhenClosed() throws Exception {
        String viewer = SignIn.createUser(base(), "closed-viewer", "viewer");
        for (String path : new String[] {"/api/models", "/api/practices"}) {
            HttpResponse<String> anonymous = get(path, null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.body()).contains("requires role viewer");
            assertThat(get(path, viewer).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> assessed = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/assessments"))
                .header("Authorization", viewer).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"team\": \"x\", \"answers\": {}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(assessed.statusCode()).isEqualTo(200);
    }

    @Test
    void anAllowListedOriginPassesCorsAndTheOriginCheck() throws Exception {
        HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://workbench.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://workbench.example");
        String assessor = SignIn.createUser(base(), "closed-assessor", "assessor");
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/teams"))
                .header("Authorization", assessor).header("Origin", "https://workbench.example")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"From The Workbench\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
