package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A viewer, in a real browser: an anonymous visit to the rule sets lands on the login page; signed in, the viewer
 * reads versions and reports but is offered no upload, publish or rollback, and a publish forged from that very
 * session (a script on the page sending the page's own CSRF token) is refused with 403.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class ViewerJourneyTest {

    /** A fetch() from the page with everything a same-origin script has: the session cookie and the CSRF token. */
    private static final String FORGE = """
            const done = arguments[arguments.length - 1];
            const token = document.querySelector('meta[name="_csrf"]').content;
            const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).substring(11);
            const form = new URLSearchParams({reason: 'forged', _csrf: token});
            Promise.all([
              fetch('/rulesets/1/publish', {method: 'POST', body: form, redirect: 'manual'}),
              fetch('/api/rulesets/1/publish', {method: 'POST', headers: {'X-XSRF-TOKEN': cookie,
                'Content-Type': 'application/json'}, body: '{"reason": "forged"}'})
            ]).then(rs => done(rs.map(r => r.status).join(',')), e => done('error ' + e));
            """;

    @LocalServerPort
    int port;

    @Test
    void anAnonymousVisitSignsInFirstAndAViewerCanNeitherSeeNorForgeAPublish() {
        try (Browser browser = Browser.open(port)) {
            SignIn.createUser(browser.url(""), "journey-viewer", "viewer");
            browser.go("/rulesets");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.url("/login"));
            assertThat(browser.find("h1").getText()).isEqualTo("Sign in");
            browser.assertAccessible();

            browser.byId("username").sendKeys("journey-viewer");
            browser.byId("password").sendKeys("not-the-password");
            browser.byId("sign-in-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
            browser.assertAccessible();
            browser.screenshot("login-error");

            browser.signIn("journey-viewer", SignIn.password("journey-viewer"));
            assertThat(browser.driver.getCurrentUrl()).contains("/rulesets");
            assertThat(browser.byId("versions").getText()).contains("active");
            assertThat(browser.all("#upload-form, input[type=file]")).as("no upload for a viewer").isEmpty();
            assertThat(browser.all("a[href='/rulesets/audit']")).isEmpty();
            assertThat(browser.byId("read-only").getText()).contains("analyst role");
            browser.assertAccessible();
            browser.screenshot("rulesets-viewer");

            browser.go("/rulesets/1");
            assertThat(browser.all("#publish-form, #rollback-form, #force")).as("no publish controls").isEmpty();
            Object statuses = browser.driver.executeAsyncScript(FORGE);
            assertThat(statuses).as("the forged page and API publishes").isEqualTo("403,403");

            browser.go("/rulesets/audit");
            assertThat(browser.byId("denied").getText()).contains("requires role admin");
            browser.assertAccessible();
            browser.screenshot("denied");
            browser.signOut();
            browser.go("/rulesets");
            assertThat(browser.driver.getCurrentUrl()).isEqualTo(browser.url("/login"));

            // what an injected markup fragment could try: the CSP runs no inline script and applies no inline style
            Object ran = browser.driver.executeScript("var s = document.createElement('script');"
                    + " s.textContent = 'window.__injected = true;'; document.body.appendChild(s);"
                    + " var st = document.createElement('style'); st.textContent = 'body { display: none; }';"
                    + " document.head.appendChild(st); return window.__injected === true;");
            assertThat(ran).isEqualTo(false);
            assertThat(browser.find("main").isDisplayed()).isTrue();
            browser.waitFor(driver -> !((java.util.List<?>) browser.driver.executeScript(
                    "return window.__cspViolations;")).isEmpty());
        }
    }
}
