package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP to a test server on the loopback interface. Every request is built by {@link #request}, the one place that
 * says who calls: an API token of the admin's (made once per server, so no password hash runs per request), sent as
 * {@code Authorization: Bearer}.
 */
public final class Api {

    private static final Map<Integer, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** Forgets the admin token made for a port: a new server started on it (see {@link ApiTokenReset}). */
    static void forget(int port) {
        TOKENS.remove(port);
    }

    /** A request to {@code path} as the admin. */
    public HttpRequest.Builder request(String path) {
        return anonymous(path).header("Authorization", "Bearer " + TOKENS.computeIfAbsent(port, this::adminToken));
    }

    /** A request to {@code path} with no credentials. */
    public HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private String adminToken(int server) {
        HttpResponse<String> made = send(anonymous("/api/tokens").header("Authorization", SignIn.admin())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\": \"corpus-" + server + "-" + UUID.randomUUID().toString().substring(0, 8)
                                + "\", \"role\": \"admin\", \"expiresInDays\": 1}")));
        if (made.statusCode() != 201) {
            throw new IllegalStateException("cannot make the corpus's API token: " + made.statusCode() + " "
                    + made.body());
        }
        return JsonMapper.builder().build().readTree(made.body()).get("token").stringValue();
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code method path} with this {@code Authorization} header and, unless null, a JSON body. */
    public HttpResponse<String> send(String method, String path, String json, String authorization) {
        HttpRequest.Builder request = anonymous(path).header("Authorization", authorization);
        return send(json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body);
    }
}
