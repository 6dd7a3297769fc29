package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The questionnaire with a repository archive, over real HTTP as a browser posts it (multipart, the CSRF token in its
 * hidden field): the result is shown at once with claimed vs observed, disagreements first and marked, every path
 * and matched line escaped and never a link; a refused archive brings the questionnaire back with the reason beside
 * the file input and the answers kept; without a file the form is sent on to the result's address as before.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "maturity.scan.max-archive-bytes=65536"})
class ClaimedVsObservedPagesTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void rules(DynamicPropertyRegistry registry) {
        try {
            var rules = ObservedFixture.rules(Files.createTempDirectory("observed-pages"));
            registry.add("maturity.rules-dir", rules::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anArchiveOnTheQuestionnaireShowsClaimedVsObservedAtOnceDisagreementsFirst() {
        Pages pages = Pages.as(port, "observer-" + UUID.randomUUID().toString().substring(0, 6), "assessor");

        Map<String, String> form = new LinkedHashMap<>(ObservedFixture.answers());
        for (int slot = 1; slot <= 120; slot++) { // as a browser sends the whole form: every blank evidence slot too
            form.put("e.release.method." + slot + ".note", "");
        }
        HttpResponse<String> result = post(pages, "/result", form, "repo.zip",
                ObservedFixture.zip(ObservedFixture.repository()));

        assertThat(result.statusCode()).as(result.body()).isEqualTo(200);
        String page = result.body();
        assertThat(page).contains("id=\"scan-note\"", "<code>repo.zip</code>", "4 files seen",
                "not in this page's address");
        String section = between(page, "id=\"claimed-vs-observed\"", "</section>");
        assertThat(section).contains("3 practices compared with the repository: 1 disagrees (1 claimed but not found)",
                "data-agreement=\"agrees\" data-count=\"1\"", "data-agreement=\"found-not-answered\" data-count=\"1\"",
                "Are builds of the application automated?", "Which tests does the application code have?");
        assertThat(section.indexOf("data-practice=\"integration.automated-builds\""))
                .as("the disagreement is the first row")
                .isLessThan(section.indexOf("data-practice=\"integration.app-tests\""))
                .isLessThan(section.indexOf("data-practice=\"creation.experiment-tracking\""));
        String builds = between(section, "data-practice=\"integration.automated-builds\"", "</tr>");
        assertThat(builds).contains("Disagrees:", "claimed but not found", "not found", "nothing in the files");
        String tests = between(section, "data-practice=\"integration.app-tests\"", "</tr>");
        assertThat(tests).contains("claimed and observed", "<code class=\"seen-where\">tests/test_model.py:4</code>",
                "<code class=\"seen-text\">def test_accuracy():</code>", "a test function in a test file",
                "test-function", "All 2 places in the files", "tests/test_&lt;b&gt;.py:1")
                .doesNotContain("Disagrees:");
        String tracking = between(section, "data-practice=\"creation.experiment-tracking\"", "</tr>");
        assertThat(tracking).contains("not answered", "centralized", "found, not answered: taken from the repository",
                "train.py:3", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page).as("nothing from the repository is markup or a link")
                .doesNotContain("<img src=x", "<b>.py", "href=\"tests/", "href=\"train.py");
        assertThat(page).as("a criterion met by an observed answer says so, with where")
                .contains("observed in the team&#39;s repository", "class=\"basis-seen\"");
        assertThat(result.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v)
                .contains("no-store"));
    }

    @Test
    void aRefusedArchiveBringsTheQuestionnaireBackWithTheReasonBesideTheFileAndTheAnswersKept() {
        Pages pages = Pages.as(port, "refused-" + UUID.randomUUID().toString().substring(0, 6), "assessor");

        HttpResponse<String> refused = post(pages, "/result", ObservedFixture.answers(), "evil.zip",
                ObservedFixture.zip(Map.of("../evil.py", "def test_x():\n")));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"archive-error\"", "../evil.py", "aria-invalid=\"true\"",
                "id=\"questionnaire\"")
                .containsPattern("id=\"a-integration.app-tests-unit\"[^>]*checked");
        HttpResponse<String> notAnArchive = post(pages, "/result", ObservedFixture.answers(), "notes.txt",
                "just some text".getBytes(StandardCharsets.UTF_8));
        assertThat(notAnArchive.statusCode()).isEqualTo(400);
        assertThat(notAnArchive.body()).contains("id=\"archive-error\"");
    }

    @Test
    void anArchiveOverTheLimitIsRefusedOnThePageNamingTheSetting() {
        Pages pages = Pages.as(port, "large-" + UUID.randomUUID().toString().substring(0, 6), "assessor");
        byte[] large = new byte[70_000];
        new java.util.Random(1).nextBytes(large);

        HttpResponse<String> refused = post(pages, "/result", ObservedFixture.answers(), "large.zip", large);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("id=\"archive-error\"", "maturity.scan.max-archive-bytes");
    }

    @Test
    void withoutAFileTheFormIsSentOnToTheResultsAddressAsBefore() {
        Pages pages = Pages.as(port, "nofile-" + UUID.randomUUID().toString().substring(0, 6), "assessor");

        HttpResponse<String> posted = post(pages, "/result", ObservedFixture.answers(), "", new byte[0]);

        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).contains("/result?")
                .contains("a.integration.app-tests=unit");
        assertThat(pages.get(URI.create(posted.headers().firstValue("Location").orElseThrow()).getRawPath() + "?"
                + URI.create(posted.headers().firstValue("Location").orElseThrow()).getRawQuery()).body())
                .doesNotContain("id=\"claimed-vs-observed\"", "id=\"scan-note\"");
    }

    @Test
    void onlyAnAssessorReadsARepositoryAndStoringNeverDropsAnArchiveSilently() {
        HttpResponse<String> anonymous = post(new Pages(port), "/result", ObservedFixture.answers(), "repo.zip",
                ObservedFixture.zip(ObservedFixture.repository()));
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).contains("id=\"errors\"", "reading a repository needs an assessor");

        Pages pages = Pages.as(port, "storer-" + UUID.randomUUID().toString().substring(0, 6), "assessor");
        Map<String, String> form = new LinkedHashMap<>(ObservedFixture.answers());
        form.put("teamId", "no-such-team");
        HttpResponse<String> store = post(pages, "/store", form, "repo.zip",
                ObservedFixture.zip(ObservedFixture.repository()));
        assertThat(store.statusCode()).isEqualTo(400);
        assertThat(store.body()).contains("id=\"archive-error\"", "storing does not read an archive");
    }

    @Test
    void theQuestionnaireOffersTheArchiveToAnAssessorOnlyInAMultipartForm() {
        String assessor = Pages.as(port, "offer-" + UUID.randomUUID().toString().substring(0, 6), "assessor")
                .get("/").body();
        assertThat(assessor).contains("enctype=\"multipart/form-data\"", "id=\"archive\"", "name=\"archive\"",
                "Read a repository archive", "at most", "64 KiB");
        assertThat(new Pages(port).get("/").body()).doesNotContain("id=\"archive\"")
                .contains("id=\"archive-assessors-only\"");
    }

    /** The questionnaire as a browser posts it with a file: multipart, the CSRF token among the fields. */
    static HttpResponse<String> post(Pages pages, String path, Map<String, String> fields, String file, byte[] bytes) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        HttpResponse<String> form = pages.get("/");
        if (form.body().contains("name=\"_csrf\"")) {
            all.put("_csrf", form.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1"));
        }
        String boundary = "----observed" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"archive\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return pages.send(HttpRequest.newBuilder(URI.create(pages.url(path))).header("Accept", "text/html")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("page has " + from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}
