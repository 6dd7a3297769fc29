package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.FormSession;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A session's row is not written at every request ({@link QuietSessions}): requests within the minute leave its last
 * access as it was; one after the minute writes it; an idle session still expires; sign-out still deletes it. Observed
 * on the row itself (spring_session), over real HTTP with the real login form.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuietSessionsTest {

    private static final long MINUTE = 60_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void requestsWithinTheMinuteLeaveTheRowAsItWas() throws Exception {
        FormSession browser = signIn();
        long signedIn = lastAccess(browser);
        Thread.sleep(20); // lets the clock move on, so that a write would show
        assertThat(browser.signedInAs()).isNotNull();
        assertThat(browser.send("GET", "/api/me", null).statusCode()).isEqualTo(200);
        assertThat(lastAccess(browser)).as("no write for two requests within the minute").isEqualTo(signedIn);
    }

    @Test
    void aRequestAfterTheMinuteWritesTheLastAccess() {
        FormSession browser = signIn();
        long moved = age(browser, MINUTE + 1_000);
        assertThat(browser.send("GET", "/api/me", null).statusCode()).isEqualTo(200);
        assertThat(lastAccess(browser)).as("written again").isGreaterThan(moved + MINUTE);
        assertThat(expiry(browser) - lastAccess(browser)).as("the expiry moves with it")
                .isEqualTo(maxInactiveSeconds(browser) * 1000L);
    }

    @Test
    void anIdleSessionStillExpiresAfterItsInterval() {
        FormSession browser = signIn();
        age(browser, maxInactiveSeconds(browser) * 1000L + 1_000);
        assertThat(browser.signedInAs()).as("idle past its max inactive interval").isNull();
        assertThat(browser.send("GET", "/api/me", null).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutStillEndsTheSession() {
        FormSession browser = signIn();
        assertThat(browser.signOut().statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(id(browser))
                .query(Long.class).single()).isZero();
        assertThat(browser.signedInAs()).isNull();
    }

    /** Moves the row's last access and expiry back by {@code millis}, as if that long had passed; the new last access. */
    private long age(FormSession browser, long millis) {
        jdbc.sql("update spring_session set last_access_time = last_access_time - ?, expiry_time = expiry_time - ?"
                + " where session_id = ?").params(millis, millis, id(browser)).update();
        return lastAccess(browser);
    }

    private long lastAccess(FormSession browser) {
        return column(browser, "last_access_time");
    }

    private long expiry(FormSession browser) {
        return column(browser, "expiry_time");
    }

    private int maxInactiveSeconds(FormSession browser) {
        return (int) column(browser, "max_inactive_interval");
    }

    private long column(FormSession browser, String column) {
        return jdbc.sql("select " + column + " from spring_session where session_id = ?").param(id(browser))
                .query(Long.class).single();
    }

    private static String id(FormSession browser) {
        return new String(Base64.getDecoder().decode(browser.cookie()), StandardCharsets.UTF_8);
    }

    private FormSession signIn() {
        String name = "q-" + UUID.randomUUID().toString().substring(0, 8);
        SignIn.createUser("http://localhost:" + port, name, "viewer");
        return FormSession.signIn("http://localhost:" + port, name, SignIn.password(name));
    }
}
