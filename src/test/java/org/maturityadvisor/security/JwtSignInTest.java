package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.SignIn;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

/**
 * Sign-in with an OIDC issuer's JWTs, configured by properties alone: real RS256 tokens signed by a key made here,
 * its public half served as a JWK set by a small HTTP server on the loopback interface. Nothing is mocked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"maturity.security.jwt.role-claim=groups",
                "maturity.security.jwt.role-values.advisor-analysts=analyst",
                "maturity.security.oidc.grants[0].claim=groups",
                "maturity.security.oidc.grants[0].value=ml-retail-leads",
                "maturity.security.oidc.grants[0].role=viewer",
                "maturity.security.oidc.grants[0].group=jwt-retail"})
class JwtSignInTest {

    private static final RSAKey KEY = key("issuer-key");
    private static final RSAKey OTHER_KEY = key("someone-else");
    private static HttpServer issuer;

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry properties) throws Exception {
        issuer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        issuer.createContext("/jwks.json", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            exchange.getResponseBody().write(jwks);
            exchange.close();
        });
        issuer.start();
        properties.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri",
                () -> "http://127.0.0.1:" + issuer.getAddress().getPort() + "/jwks.json");
    }

    @AfterAll
    static void stopIssuer() {
        issuer.stop(0);
    }

    @Test
    void aSignedJwtSignsInWithTheRoleItsClaimNames() throws Exception {
        String viewer = jwt(KEY, "sso-viewer", "viewer", Instant.now().plusSeconds(300));
        assertThat(get("/api/me", viewer).body()).contains("\"name\":\"jwt:sso-viewer\"", "\"role\":\"viewer\"",
                "\"signedInWith\":\"jwt\"");
        assertThat(get("/api/teams", viewer).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = post("/api/teams", "{\"name\": \"Nope\"}", viewer);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("requires role assessor");

        String analysts = jwt(KEY, "sso-analyst", List.of("staff", "advisor-analysts"), Instant.now().plusSeconds(300));
        HttpResponse<String> team = post("/api/teams", "{\"name\": \"SSO Team\"}", analysts);
        assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
        assertThat(team.body()).as("the audit trail names the subject, as a JWT's")
                .contains("\"createdBy\":\"jwt:sso-analyst\"");
        assertThat(get("/api/audit", analysts).statusCode()).isEqualTo(403);
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.maturityadvisor.store.GroupStore groups;

    /** Issue 27: a configured claim value grants a role on a group, and the JWT reaches that group's teams only. */
    @Test
    void aClaimValueMappedToAGroupGrantsAViewerOfThatGroupOnly() throws Exception {
        try {
            groups.create(new org.maturityadvisor.organisation.Group("jwt-retail", "Retail", null), "test",
                    java.time.OffsetDateTime.now());
        } catch (org.maturityadvisor.store.GroupExistsException again) {
            // made before
        }
        for (String team : List.of("jwt-r1", "jwt-x1")) {
            HttpResponse<String> made = post("/api/teams", "{\"id\": \"" + team + "\", \"name\": \"" + team
                    + "\"}", SignIn.admin());
            assertThat(made.statusCode()).isIn(201, 409);
        }
        groups.place("jwt-r1", "jwt-retail");
        String lead = jwt(KEY, "retail-lead", List.of("staff", "ml-retail-leads"), Instant.now().plusSeconds(300));

        assertThat(get("/api/me", lead).body()).contains("\"role\":\"viewer\"",
                "{\"role\":\"viewer\",\"group\":\"jwt-retail\",\"where\":\"Retail\"}");
        assertThat(get("/api/teams/jwt-r1", lead).statusCode()).isEqualTo(200);
        assertThat(get("/api/teams/jwt-x1", lead).statusCode()).isEqualTo(404);
        String staff = jwt(KEY, "someone", List.of("staff"), Instant.now().plusSeconds(300));
        assertThat(get("/api/teams/jwt-r1", staff).statusCode()).as("no mapped value, no role").isEqualTo(403);
    }

    @Test
    void aJwtThatIsExpiredForeignOrRolelessGainsNothing() throws Exception {
        assertThat(get("/api/me", jwt(KEY, "late", "admin", Instant.now().minusSeconds(600))).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/me", jwt(OTHER_KEY, "forger", "admin", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(401);
        assertThat(get("/api/teams", jwt(KEY, "nobody", "superuser", Instant.now().plusSeconds(300))).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aJwtSubjectNeverActsAsTheLocalUserOrTokenOfTheSameName() throws Exception {
        String owner = SignIn.createUser("http://localhost:" + port, "alice", "viewer");
        HttpResponse<String> made = post("/api/tokens", "{\"name\": \"alice-ci\"}", owner);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        long id = tools.jackson.databind.json.JsonMapper.builder().build().readTree(made.body()).get("id").longValue();
        String alice = jwt(KEY, "alice", "viewer", Instant.now().plusSeconds(300));

        assertThat(get("/api/me", alice).body()).contains("\"name\":\"jwt:alice\"", "\"signedInWith\":\"jwt\"");
        assertThat(get("/api/tokens", alice).body()).as("alice's tokens are not the JWT's").isEqualTo("[]");
        assertThat(send("DELETE", "/api/tokens/" + id, alice).statusCode()).isEqualTo(404);
        assertThat(get("/api/tokens", owner).body()).contains("alice-ci");

        for (String subject : List.of("admin", "token:alice-ci")) {
            HttpResponse<String> team = post("/api/teams", "{\"name\": \"As " + subject.replace(':', ' ') + "\"}",
                    jwt(KEY, subject, "analyst", Instant.now().plusSeconds(300)));
            assertThat(team.statusCode()).as(team.body()).isEqualTo(201);
            assertThat(team.body()).contains("\"createdBy\":\"jwt:" + subject + "\"");
        }
    }

    @Test
    void apiTokensAndPasswordsStillWorkBesideTheIssuer() throws Exception {
        String owner = SignIn.createUser("http://localhost:" + port, "jay", "viewer");
        String token = tools.jackson.databind.json.JsonMapper.builder().build().readTree(post("/api/tokens",
                "{\"name\": \"jay-ci\"}", owner).body()).get("token").stringValue();
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/me"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"name\":\"token:jay-ci\"");
    }

    private static String jwt(RSAKey key, String subject, Object roles, Instant expires) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                new JWTClaimsSet.Builder().subject(subject).claim("groups", roles).issueTime(new Date())
                        .expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(key));
        return "Bearer " + jwt.serialize();
    }

    private static RSAKey key(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String json, String authorization) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
