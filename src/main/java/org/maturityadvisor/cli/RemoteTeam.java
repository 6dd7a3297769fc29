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

/**
 * A stored team on a running service: its newest assessment (its history, then that assessment), and the scans a
 * pipeline pushes to its observations.
 */
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

    /**
     * Sends a scan report (JSON) to the team's observations; the service's answer (201): the stored scan, the new
     * assessment's summary and claimed vs observed. A 400 is invalid input (exit 3) with the fields at fault; any
     * other refusal exit 5, with the service's problem detail.
     */
    JsonNode pushObservations(String team, String report) throws IOException, InterruptedException {
        String path = "/api/teams/" + URLEncoder.encode(team, StandardCharsets.UTF_8) + "/observations";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(report, StandardCharsets.UTF_8));
        authorize(request);
        HttpResponse<String> response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new Refused("POST " + url + path + ": HTTP " + response.statusCode() + problem(response.body()),
                    response.statusCode() == 400 ? Cli.INVALID_INPUT : Cli.REFUSED);
        }
        return MAPPER.readTree(response.body());
    }

    /** A problem detail as lines: its detail, then each field at fault; the body as it is when it is not one. */
    static String problem(String body) {
        JsonNode problem;
        try {
            problem = MAPPER.readTree(body);
        } catch (RuntimeException e) {
            return body.isBlank() ? "" : " " + body;
        }
        if (problem == null || !problem.isObject()) {
            return body.isBlank() ? "" : " " + body;
        }
        StringBuilder text = new StringBuilder();
        String title = problem.path("title").asString("");
        String detail = problem.path("detail").asString("");
        text.append(title.isEmpty() ? "" : " " + title).append(detail.isEmpty() ? "" : ": " + detail);
        for (JsonNode error : problem.path("errors")) {
            text.append("\n  ").append(error.path("field").asString("?")).append(": ")
                    .append(error.path("reason").asString(""));
        }
        return text.toString();
    }

    private void authorize(HttpRequest.Builder request) {
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET();
        authorize(request);
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new Refused("GET " + url + path + ": HTTP " + response.statusCode() + " " + response.body(),
                    response.statusCode() == 404 ? Cli.USAGE : Cli.REFUSED);
        }
        return response.body();
    }
}
