package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A result is an address: {@code GET /result} with the questionnaire's fields in the query, one canonical URL per
 * result; a posted questionnaire is sent there with a 303 (so no page asks to send a form again); wrong answers give
 * the questionnaire back with a 400 naming the field; the downloads are links from the same query.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ResultAddressTest {

    private static final Pattern DOWNLOAD = Pattern.compile("id=\"download-json\" href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    static String query(Map<String, String> form) {
        return form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** The result's canonical address: GET the form's query and follow one redirect. */
    private String canonical(Pages pages, Map<String, String> form) {
        HttpResponse<String> sent = pages.get("/result?" + query(form));
        return sent.statusCode() == 303 ? sent.headers().firstValue("Location").orElseThrow() : "/result?" + query(form);
    }

    @Test
    void aPostedQuestionnaireIsSentOnToItsResultsAddressWithA303() {
        Pages pages = new Pages(port);
        HttpResponse<String> posted = pages.post("/result", WorkbenchPagesTest.sampleTeam());
        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/result?team=Payments+ML&mlUseCases=3&businessCritical=false"
                + "&inProduction=true&a.").contains("a.release.method=scripted");
        HttpResponse<String> page = pages.get(location);
        assertThat(page.statusCode()).as("the canonical address answers at once").isEqualTo(200);
        assertThat(page.body()).contains("id=\"verdict\"", "Where <span>Payments ML</span> stands");
    }

    @Test
    void aQueryInAnotherOrderOrWithBlankFieldsIsSentOnToOneCanonicalAddress() {
        Pages pages = new Pages(port);
        Map<String, String> messy = new LinkedHashMap<>();
        messy.put("a.release.method", "scripted");
        messy.put("a.creation.model-versioning", "");
        messy.put("teamId", "someone");
        messy.put("team", "Payments ML");
        messy.put("businessCritical", "");
        HttpResponse<String> sent = pages.get("/result?" + query(messy));
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location")).hasValue("/result?team=Payments+ML&a.release.method=scripted");
        assertThat(pages.get("/result?team=Payments+ML&a.release.method=scripted").statusCode()).isEqualTo(200);
    }

    @Test
    void whatIfChangesStayOnTheAddressOnlyWhereTheyDifferFromTheAnswers() {
        Pages pages = new Pages(port);
        HttpResponse<String> sent = pages.get("/result?team=T&a.release.method=scripted&w.release.method=scripted"
                + "&w.creation.data-pipeline=yes");
        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(sent.headers().firstValue("Location"))
                .hasValue("/result?team=T&a.release.method=scripted&w.creation.data-pipeline=yes");
    }

    @Test
    void wrongAnswersOnTheAddressGiveTheQuestionnaireBackWith400NamingTheField() {
        Pages pages = new Pages(port);
        Map<String, String> form = WorkbenchPagesTest.sampleTeam();
        form.put("a.release.method", "carrier-pigeon");
        HttpResponse<String> page = pages.get("/result?" + query(form));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("answers.release.method", "carrier-pigeon", "id=\"questionnaire\"");
        HttpResponse<String> posted = pages.post("/result", form);
        assertThat(posted.statusCode()).as("a post is still sent on: the address says what is wrong").isEqualTo(303);
        assertThat(pages.get(posted.headers().firstValue("Location").orElseThrow()).statusCode()).isEqualTo(400);
    }

    @Test
    void theJsonDownloadIsALinkFromTheSameAddressAndAnswersAsTheApi() {
        Pages pages = new Pages(port);
        String page = pages.get(canonical(pages, WorkbenchPagesTest.sampleTeam())).body();
        Matcher link = DOWNLOAD.matcher(page);
        assertThat(link.find()).as("a download link on the page").isTrue();
        HttpResponse<String> json = pages.get(link.group(1).replace("&amp;", "&"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                value -> assertThat(value).contains("attachment"));
        Api api = new Api(port);
        String input = """
                {"team": "Payments ML", "context": {"mlUseCases": 3, "businessCritical": false, "inProduction": true},
                 "answers": {"creation.data-pipeline": "yes", "creation.experiment-tracking": "ad-hoc",
                             "release.method": "scripted", "creation.model-versioning": "no"}}""";
        JsonNode expected = JsonMapper.builder().build().readTree(api.send(api.anonymous("/api/assessments")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(input))).body());
        assertThat(JsonMapper.builder().build().readTree(json.body())).isEqualTo(expected);
        assertThat(pages.post("/result.json", WorkbenchPagesTest.sampleTeam()).statusCode())
                .as("the posted download still works").isEqualTo(200);
    }

    @Test
    void theVerdictReadsInWordsWithCountsWrittenRight() {
        Pages pages = new Pages(port);
        for (Map<String, String> form : List.of(WorkbenchPagesTest.sampleTeam(), Map.of("team", "Blank"))) {
            String page = pages.get(canonical(pages, form)).body();
            assertThat(page).doesNotContain(">below-target<", ">at-target<", ">above-target<", "change(s)",
                    "absent: answered below", "1 blocking criteria", "1 criteria");
            assertThat(page).doesNotContainPattern("levels (\\d+)-\\1 ask");
            assertThat(page).as("the verdict says what the result rests on, counted")
                    .containsPattern("id=\"rests-on\"><span>Rests on (no answers|\\d+ answers?: )")
                    .doesNotContain("1 answers", "1 bare claims", "1 criteria met");
            Matcher gap = Pattern.compile("id=\"verdict-gap\"><strong>Gap:</strong>\\s*<span>([^<]+)</span>")
                    .matcher(page);
            assertThat(gap.find()).isTrue();
            assertThat(gap.group(1)).matches("\\d+ changes?: .+|nothing to change");
        }
    }

    @Test
    void theRoadmapDownloadsAsMarkdownAndCsvFromLinksOnTheResult() {
        Pages pages = new Pages(port);
        String page = pages.get(canonical(pages, WorkbenchPagesTest.sampleTeam())).body();
        for (String id : List.of("download-roadmap-md", "download-roadmap-csv")) {
            Matcher link = Pattern.compile("id=\"" + id + "\" href=\"([^\"]+)\"").matcher(page);
            assertThat(link.find()).as(id).isTrue();
            HttpResponse<String> file = pages.get(link.group(1).replace("&amp;", "&"));
            assertThat(file.statusCode()).as(id).isEqualTo(200);
            assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                    value -> assertThat(value).contains("attachment"));
            assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(value -> assertThat(value)
                    .startsWith(id.endsWith("md") ? "text/markdown" : "text/csv"));
            assertThat(file.body()).as(id).isNotBlank().contains("Payments ML");
        }
        assertThat(pages.get("/result/roadmap.csv?a.release.method=carrier-pigeon").statusCode()).isEqualTo(400);
    }
}
