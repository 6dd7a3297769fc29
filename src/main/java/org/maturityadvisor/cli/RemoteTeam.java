package org.maturityadvisor.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.json.WireJson;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A stored team's newest assessment, read from a running service (its history, then that assessment). */
final class RemoteTeam {

    private static final JsonMapper MAPPER = WireJson.with(JsonMapper.builder())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The service answered with an error: exit 5 (2 for an unknown team). */
    static final class Refused extends RuntimeException {
        final int exit;

        Refused(String message, int exit) {
            super(message);
            this.exit = exit;
        }
    }

    private final String url;
    private final String token;

    RemoteTeam(String url, String token) {
        this.url = url.replaceAll("/+$", "");
        this.token = token;
    }

    AssessmentResult newestResult(String team) throws IOException, InterruptedException {
        String path = "/api/teams/" + URLEncoder.encode(team, StandardCharsets.UTF_8) + "/assessments";
        JsonNode history = MAPPER.readTree(get(path + "?limit=1"));
        JsonNode items = history.path("items");
        if (items.isEmpty()) {
            throw new Refused("team " + team + " has no stored assessment yet", Cli.CHECK_FAILED);
        }
        JsonNode stored = MAPPER.readTree(get(path + "/" + items.get(0).get("seq").asInt()));
        return MAPPER.treeToValue(stored.get("result"), AssessmentResult.class);
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new Refused("GET " + url + path + ": HTTP " + response.statusCode() + " " + response.body(),
                    response.statusCode() == 404 ? Cli.USAGE : Cli.REFUSED);
        }
        return response.body();
    }
}
