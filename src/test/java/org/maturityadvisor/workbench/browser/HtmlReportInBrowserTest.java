package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The printable HTML report ({@code POST /api/assessments}, {@code Accept: text/html}) in a real browser, under the
 * Content-Security-Policy the service sends with it: its own style applies and nothing is blocked. A browser cannot
 * navigate to a POST with a JSON body, so a relay on the loopback interface makes that POST and hands the browser
 * the service's answer as it came: status, headers (the policy among them) and bytes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class HtmlReportInBrowserTest {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "content-length", "transfer-encoding",
            "keep-alive", ":status");
    private static final String TEAM = "{\"team\": \"Report <b>Team</b>\", \"answers\": {\"release.method\": "
            + "\"manual\", \"creation.experiment-tracking\": \"ad-hoc\", \"creation.data-pipeline\": {\"value\": "
            + "\"yes\", \"evidence\": [{\"link\": \"https://ci.example.com/pipelines/42\", \"note\": "
            + "\"nightly <i>job</i>\"}, {\"note\": \"<script>alert(1)</script>\"}]}}}";

    @LocalServerPort
    int port;

    @Test
    void theHtmlReportsOwnStyleAppliesUnderItsPolicyWithNothingBlocked() throws IOException {
        Api api = new Api(port);
        HttpServer relay = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        relay.createContext("/report", exchange -> relay(api, exchange));
        relay.start();
        try (Browser browser = Browser.open(port)) {
            browser.driver.get("http://127.0.0.1:" + relay.getAddress().getPort() + "/report");

            assertThat(browser.find("h1").getText()).isEqualTo("Maturity assessment: Report <b>Team</b>");
            browser.assertNothingBlocked();
            assertThat(browser.find("th").getCssValue("background-color")).as("th{background:#eee}")
                    .isEqualTo("rgba(238, 238, 238, 1)");
            assertThat(browser.find("table").getCssValue("border-collapse")).isEqualTo("collapse");
            java.util.List<org.openqa.selenium.WebElement> links = browser.driver.findElements(
                    org.openqa.selenium.By.cssSelector("a"));
            assertThat(links).as("the evidence link, beside every criterion its answer meets or blocks").isNotEmpty()
                    .allSatisfy(link -> {
                        assertThat(link.getAttribute("href")).isEqualTo("https://ci.example.com/pipelines/42");
                        assertThat(link.getAttribute("rel")).isEqualTo("noopener noreferrer nofollow");
                    });
            assertThat(browser.find("body").getText()).contains("nightly <i>job</i>", "<script>alert(1)</script>",
                    "The result rests on 3 answers");
            browser.screenshot("html-report");
        } finally {
            relay.stop(0);
        }
    }

    /** The service's answer to the report request, passed on unchanged. */
    private static void relay(Api api, HttpExchange exchange) throws IOException {
        HttpResponse<String> report = api.send(api.request("/api/assessments")
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(TEAM)));
        report.headers().map().forEach((name, values) -> {
            if (!HOP_BY_HOP.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                exchange.getResponseHeaders().put(name, values);
            }
        });
        byte[] body = report.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(report.statusCode(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
