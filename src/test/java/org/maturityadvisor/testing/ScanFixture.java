package org.maturityadvisor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A copy of the shipped rules with a small detector table of the test's own (so a test does not depend on what the
 * shipped table holds), and zips built in memory.
 */
public final class ScanFixture {

    /** Two detectors: a pytest test function, and a GitHub Actions workflow file. */
    public static final String DETECTORS = """
            id,practice,value,path,kind,pattern,shows,ecosystems
            t-test-function,integration.app-tests,unit,test_*.py,regex,(?m)^def test_,a test function,python
            t-workflow,integration.automated-builds,yes,.github/workflows/*.yml,file,,a workflow file,github-actions
            """;

    private ScanFixture() {
    }

    /** The shipped rules with {@link #DETECTORS} as {@code detectors.csv}, under a new folder of {@code target}. */
    public static Path rules() {
        try {
            Path root = Files.createTempDirectory(Path.of("target"), "scan-rules-");
            try (Stream<Path> files = Files.list(ShippedRules.DIRECTORY)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(file, root.resolve(file.getFileName()));
                }
            }
            Files.writeString(root.resolve("detectors.csv"), DETECTORS);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A POST of {@code archive} as the multipart field {@code archive} named {@code filename}, and these fields. */
    public static java.net.http.HttpRequest.Builder multipart(java.net.http.HttpRequest.Builder request,
                                                             byte[] archive, String filename,
                                                             Map<String, String> fields) {
        String boundary = "----scan" + java.util.UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\""
                + filename + "\"\r\nContent-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(archive);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** A zip of these paths and contents, in order. */
    public static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
