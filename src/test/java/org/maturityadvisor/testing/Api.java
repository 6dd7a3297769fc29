package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Real HTTP to a test server on the loopback interface. Every request is built by {@link #request}, the one place that
 * says who calls: today the {@code X-User} header; when authentication comes, its credentials go here.
 */
public final class Api {

    public static final String USER = "corpus";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    /** A request to {@code path} as {@link #USER}. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("X-User", USER);
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
