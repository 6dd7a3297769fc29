package org.maturityadvisor.workbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Administration and one's own account in a real browser: an admin creates a user, changes the role, disables them
 * (who then cannot sign in), enables them again and resets the password; that user creates and revokes an API token,
 * changes their own password and signs in with it; a non-admin is offered no Users link and gets a page naming the
 * role. Every page is axe-clean, blocked by nothing, and fits 390 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AdminPagesBrowserTest {

    private static final String USER = "browser-admin-made";
    private static final String FIRST = "first-password-123";
    private static final String RESET = "reset-password-456";
    private static final String OWN = "own-password-789";

    @LocalServerPort
    int port;

    @Test
    void anAdminManagesAUserWhoThenManagesTheirOwnTokensAndPassword() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.byId("nav-users").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("users")));
            browser.byId("new-name").sendKeys(USER);
            new Select(browser.byId("new-role")).selectByVisibleText("viewer");
            browser.byId("new-password").sendKeys(FIRST);
            browser.byId("create-user-submit").click();
            waitForText(browser, "done", "User " + USER + " was created as viewer.");
            int rows = browser.all("#users tbody tr").size();
            long admins = browser.all("#users tbody tr td:nth-child(2)").stream()
                    .filter(cell -> cell.getText().equals("admin")).count();
            assertThat(browser.byId("user-summary-words").getText()).as("the bar's words are the table's counts")
                    .startsWith(rows + " users").containsPattern("\\b" + admins + " admins?[,.]");
            browser.assertAccessible();
            browser.screenshot("users-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("users-390");
            browser.width(1280);

            browser.find("a[href='/users/" + USER + "']").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("role-form")));
            new Select(browser.byId("role")).selectByVisibleText("assessor");
            browser.byId("role-submit").click();
            waitForText(browser, "done", USER + " is now assessor.");
            assertThat(browser.byId("user-role").getText()).isEqualTo("assessor");
            browser.byId("state-submit").click();
            waitForText(browser, "user-state", "disabled");
            browser.assertAccessible();
            browser.screenshot("user-1280");
            browser.signOut();

            tryToSignIn(browser, USER, FIRST);
            assertThat(browser.byId("login-error").isDisplayed()).as("a disabled user cannot sign in").isTrue();

            browser.signIn("admin", SignIn.ADMIN_PASSWORD);
            browser.go("/users/" + USER);
            browser.byId("state-submit").click();
            waitForText(browser, "user-state", "enabled");
            browser.byId("reset-password").sendKeys(RESET);
            browser.byId("reset-submit").click();
            waitForText(browser, "done", "password of " + USER + " was reset");
            browser.signOut();

            browser.signIn(USER, RESET);
            assertThat(browser.all("#nav-users")).as("no Users link for an assessor").isEmpty();
            browser.byId("nav-account").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("token-form")));
            browser.byId("token-name").sendKeys("browser-ci");
            new Select(browser.byId("token-role")).selectByVisibleText("viewer");
            browser.byId("token-days").clear();
            browser.byId("token-days").sendKeys("30");
            browser.byId("token-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("token-secret")));
            String secret = browser.byId("token-secret").getDomProperty("value");
            assertThat(secret).startsWith("mat_");
            assertThat(browser.byId("tokens").getText()).contains("browser-ci", "viewer", "never");
            browser.assertAccessible();
            browser.screenshot("account-1280");
            browser.width(390);
            browser.assertNoHorizontalScroll();
            browser.screenshot("account-390");
            browser.width(1280);
            browser.go("/account");
            assertThat(browser.all("#token-secret")).as("the secret is shown once").isEmpty();
            browser.find("#tokens button[aria-label='Revoke browser-ci']").click();
            waitForText(browser, "done", "browser-ci was revoked");
            assertThat(browser.byId("no-tokens").getText()).isEqualTo("You have no API token.");

            browser.byId("current-password").sendKeys(RESET);
            browser.byId("new-password").sendKeys(OWN);
            browser.byId("repeat-password").sendKeys(OWN + "x");
            browser.byId("password-submit").click();
            waitForText(browser, "refused", "Repeat the new password: does not match");
            browser.assertAccessible();
            browser.byId("current-password").sendKeys(RESET);
            browser.byId("new-password").sendKeys(OWN);
            browser.byId("repeat-password").sendKeys(OWN);
            browser.byId("password-submit").click();
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("password-changed")));
            browser.assertAccessible();
            browser.signIn(USER, OWN);
            assertThat(browser.byId("signed-in-as").getText()).contains(USER);

            browser.go("/users");
            assertThat(browser.byId("denied").getText()).contains("requires role admin");
            browser.assertAccessible();
        }
    }

    /** Waits for the page a form's submission leads to: the element with this id saying this. */
    private static void waitForText(Browser browser, String id, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    private static void tryToSignIn(Browser browser, String user, String password) {
        browser.go("/login");
        browser.byId("username").sendKeys(user);
        browser.byId("password").sendKeys(password);
        browser.byId("sign-in-submit").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
    }
}
