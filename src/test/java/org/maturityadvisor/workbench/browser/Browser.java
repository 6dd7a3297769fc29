package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless chromium driven through Debian's chromedriver: both paths are given, so Selenium Manager never
 * looks for (or downloads) a browser or driver. Without them the tests are skipped, unless {@code CI=true}: there
 * a missing browser fails the build.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing: apt-get install "
                    + "chromium chromium-driver (.ci/run does)");
        }
        Assumptions.assumeTrue(present, "no " + CHROMIUM + " / " + CHROMEDRIVER + ": browser tests skipped");
        try {
            Path profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            // every page records what its Content-Security-Policy blocked, before any of its own script runs
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                    "window.__cspViolations = []; document.addEventListener('securitypolicyviolation', function (e) {"
                            + " window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
                            + " + e.sourceFile + ':' + e.lineNumber); });"));
            return new Browser(driver, "http://127.0.0.1:" + port, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void go(String path) {
        driver.get(base + path);
    }

    String url(String path) {
        return base + path;
    }

    /** Signs in through the workbench's login page, as a person types it, and waits to leave that page. */
    void signIn(String user, String password) {
        if (!driver.getCurrentUrl().contains("/login")) {
            go("/login");
        }
        byId("username").sendKeys(user);
        byId("password").sendKeys(password);
        byId("sign-in-submit").click();
        waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Signs out with the navigation's button (a POST carrying the CSRF token) and waits for the login page. */
    void signOut() {
        byId("logout").click();
        waitFor(ExpectedConditions.urlContains("/login?logout"));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement byId(String id) {
        return driver.findElement(By.id(id));
    }

    <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition);
    }

    void width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 1000));
    }

    /**
     * The page fits the window: nothing but a table's own scroll box is wider than the viewport. Given a moment to
     * settle after a resize, as a chart redraws itself at the new width on the next animation frame.
     */
    void assertNoHorizontalScroll() {
        String overflow = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
        try {
            new WebDriverWait(driver, Duration.ofSeconds(3)).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript(overflow)).intValue() <= 1);
        } catch (org.openqa.selenium.TimeoutException e) {
            // the assertion below says by how much
        }
        assertThat(((Number) driver.executeScript(overflow)).intValue()).as("horizontal overflow at "
                + driver.getCurrentUrl()).isLessThanOrEqualTo(1);
    }

    /** Nothing on the current page was blocked by the Content-Security-Policy (no script, style or image of its own). */
    void assertNothingBlocked() {
        Object blocked = driver.executeScript("return window.__cspViolations || [];");
        assertThat((List<?>) blocked).as("CSP violations at " + driver.getCurrentUrl()).isEmpty();
    }

    /** axe-core (bundled, offline) finds no serious or critical violation on the current page. */
    void assertAccessible() {
        assertNothingBlocked();
        List<Rule> bad = seriousViolations();
        assertThat(bad).as(() -> driver.getCurrentUrl() + ": " + bad.stream().map(rule -> rule.getId() + " ("
                + rule.getImpact() + "): " + rule.getNodes().stream().limit(3).map(n -> n.getTarget().toString())
                .collect(Collectors.joining(", "))).collect(Collectors.joining("; "))).isEmpty();
    }

    /**
     * axe-core's serious and critical violations of WCAG 2.0 and 2.1, A and AA, on the current page. axe runs in the
     * page itself ("legacy" mode: one {@code axe.run}, as axe did before 4.3), not as partial runs finished in a new
     * blank window the builder opens and closes at every check, which cost a third of each check; and only the
     * violations come back in full (the passes' elements are never read). The workbench's pages have no frames, the
     * one thing the partial runs exist for; AccessibilityCheckTest checks that both ways find the same violations.
     */
    List<Rule> seriousViolations() {
        AxeRunOnlyOptions wcag = new AxeRunOnlyOptions();
        wcag.setType("tag");
        wcag.setValues(WCAG);
        AxeRunOptions options = new AxeRunOptions();
        options.setRunOnly(wcag);
        options.setResultTypes(List.of("violations"));
        Results results = new AxeBuilder().withOptions(options).setLegacyMode(true).analyze(driver);
        return serious(results);
    }

    static List<Rule> serious(Results results) {
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())).toList();
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, the whole page high. */
    Path screenshot(String name) {
        try {
            Dimension before = driver.manage().window().getSize();
            long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.documentElement.scrollHeight;")).longValue();
            driver.manage().window().setSize(new Dimension(before.getWidth(), (int) Math.min(height + 20, 4000)));
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0);");
            File shot = driver.getScreenshotAs(OutputType.FILE);
            driver.manage().window().setSize(before);
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a leftover profile under target/ is harmless
        }
    }
}
