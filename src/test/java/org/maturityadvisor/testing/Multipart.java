package org.maturityadvisor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data upload of one file as part "file", the way a browser or {@code curl -F} sends it. */
public final class Multipart {

    private Multipart() {
    }

    /** A POST of the file to {@code request}'s URI, with its Content-Type header set. */
    public static HttpRequest.Builder upload(HttpRequest.Builder request, Path file) {
        return upload(request, file, Map.of());
    }

    /** The same, with text fields before the file (as a form's hidden inputs are sent). */
    public static HttpRequest.Builder upload(HttpRequest.Builder request, Path file, Map<String, String> fields) {
        String boundary = "----advisor" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        try {
            body.writeBytes(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }
}
