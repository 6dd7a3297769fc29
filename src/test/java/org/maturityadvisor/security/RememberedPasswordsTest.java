package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic on every request of a burst hashes the password once ({@link VerifiedPasswords}), and what must refuse a
 * request still does at once: a wrong password, a new password, a disable, a role change, a lock, a grant taken away.
 * The hash checks are counted by a real encoder wrapped around the service's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maturity.security.lockout.max-failures=3")
class RememberedPasswordsTest {

    @LocalServerPort
    int port;

    @Autowired
    CountingEncoder encoder;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstWithTheSamePasswordIsHashedOnce() {
        String basic = SignIn.createUser(base(), "burst", "viewer");
        int before = encoder.checks.get();
        for (int i = 0; i < 8; i++) {
            assertThat(me(basic).statusCode()).isEqualTo(200);
        }
        assertThat(encoder.checks.get() - before).as("password hashes checked for 8 requests").isEqualTo(1);
        assertThat(me(basic).body()).contains("\"name\":\"burst\"", "\"role\":\"viewer\"",
                "\"signedInWith\":\"password\"");
    }

    @Test
    void anotherPasswordNeverUsesTheRememberedCheck() {
        String right = SignIn.createUser(base(), "wrongafter", "viewer");
        assertThat(me(right).statusCode()).isEqualTo(200);
        int before = encoder.checks.get();
        assertThat(me(SignIn.basic("wrongafter", SignIn.password("wrongafter") + "x")).statusCode()).isEqualTo(401);
        assertThat(me(SignIn.basic("wrongafter", "")).statusCode()).isEqualTo(401);
        assertThat(encoder.checks.get() - before).as("each other password is hashed and refused").isEqualTo(2);
        assertThat(jdbc.sql("select failed_sign_ins from app_user where name = 'wrongafter'").query(Integer.class)
                .single()).as("and counted towards the lock").isEqualTo(2);
        assertThat(me(right).statusCode()).as("the right one after wrong ones is checked in full, resetting the count")
                .isEqualTo(200);
        assertThat(encoder.checks.get() - before).isEqualTo(3);
        assertThat(me(SignIn.as("burst-other")).statusCode()).as("another user with no account").isEqualTo(401);
    }

    @Test
    void aLockRefusesEvenTheRememberedPassword() {
        String right = SignIn.createUser(base(), "locked", "viewer");
        assertThat(me(right).statusCode()).isEqualTo(200);
        for (int i = 0; i < 3; i++) {
            me(SignIn.basic("locked", "not-the-password-" + i));
        }
        assertThat(me(right).statusCode()).isEqualTo(401);
    }

    @Test
    void aNewPasswordADisableOrARoleChangeTakesEffectOnTheVeryNextRequest() {
        String old = SignIn.createUser(base(), "changing", "viewer");
        assertThat(me(old).statusCode()).isEqualTo(200);
        assertThat(send("PATCH", "/api/users/changing", "{\"role\": \"assessor\"}", SignIn.admin()).statusCode())
                .isEqualTo(200);
        assertThat(me(old).body()).contains("\"role\":\"assessor\"");

        assertThat(send("PATCH", "/api/users/changing", "{\"password\": \"a-password-set-by-the-admin\"}",
                SignIn.admin()).statusCode()).isEqualTo(200);
        assertThat(me(old).statusCode()).as("the old password, remembered a moment ago").isEqualTo(401);
        String now = SignIn.basic("changing", "a-password-set-by-the-admin");
        assertThat(me(now).statusCode()).isEqualTo(200);

        assertThat(send("PATCH", "/api/users/changing", "{\"disabled\": true}", SignIn.admin()).statusCode())
                .isEqualTo(200);
        assertThat(me(now).statusCode()).isEqualTo(401);
    }

    @Test
    void aChangeMadeInTheDatabaseByHandIsSeenToo() {
        String old = SignIn.createUser(base(), "byhand", "viewer");
        assertThat(me(old).statusCode()).isEqualTo(200);
        jdbc.sql("update app_user set disabled = true where name = 'byhand'").update();
        assertThat(me(old).statusCode()).as("no hook ran: the stored user's stamp differs").isEqualTo(401);
    }

    @Test
    void aGrantTakenAwayIsSeenOnTheNextRequest() {
        String basic = SignIn.createUser(base(), "granted", "analyst");
        assertThat(send("GET", "/api/rulesets", null, basic).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/users/granted/grants", null, SignIn.admin()).statusCode()).isEqualTo(204);
        assertThat(send("GET", "/api/rulesets", null, basic).statusCode()).isEqualTo(403);
    }

    private HttpResponse<String> me(String authorization) {
        return send("GET", "/api/me", null, authorization);
    }

    private HttpResponse<String> send(String method, String path, String json, String authorization) {
        return new Api(port).send(method, path, json, authorization);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    /** The service's encoder, counting its password checks. */
    static final class CountingEncoder implements PasswordEncoder {

        final AtomicInteger checks = new AtomicInteger();
        private final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return real.matches(raw, encoded);
        }

        @Override
        public boolean upgradeEncoding(String encoded) {
            return real.upgradeEncoding(encoded);
        }
    }

    @TestConfiguration
    static class Counting {

        @Bean
        @Primary
        CountingEncoder countingEncoder() {
            return new CountingEncoder();
        }
    }
}
