package org.maturityadvisor.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.testing.FormSession;
import org.maturityadvisor.testing.Multipart;
import org.maturityadvisor.testing.Postgres;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.SignIn;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the packaged service on one PostgreSQL, on loopback: they serve the same teams, and a rule set
 * published on one is served by the other within 5 s, every response naming the version it used. A browser signed in
 * on one is signed in on the other and after a restart; signing out, or a new password, on one ends the session on
 * the other (issue 27: the sessions live in the database).
 */
class ReplicasIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void twoReplicasShareTeamsAndFollowAPublishWithinFiveSeconds() throws Exception {
        String url = Postgres.newDatabase();
        String[] database = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"};
        String team = Files.readString(Path.of("docs/examples/team.json"));
        try (ServiceProcess first = ServiceProcess.start(database);
             ServiceProcess second = ServiceProcess.start(database)) {
            assertThat(first.post("/api/teams", "{\"id\": \"shared\", \"name\": \"Payments ML\"}").statusCode())
                    .isEqualTo(201);
            assertThat(second.post("/api/teams/shared/assessments", team).statusCode()).isEqualTo(201);
            JsonNode history = JSON.readTree(first.get("/api/teams/shared/assessments").body());
            assertThat(history.get("items")).hasSize(1);
            String shipped = version(second, team);

            Path rules = Files.createDirectories(Files.createTempDirectory(Path.of("target"), "replica-")
                    .resolve("rules"));
            RulesFixture fixture = RulesFixture.copyOfShipped(rules);
            fixture.setCell("H" + fixture.rowOf("ms-data-pipeline"), "Land training data in one known place.");
            JsonNode draft = JSON.readTree(upload(first, rules.resolve(RulesFixture.TABLE)).body());
            assertThat(draft.get("publishable").booleanValue()).as(draft.toString()).isTrue();
            String published = draft.get("version").stringValue();

            long start = System.nanoTime();
            assertThat(first.post("/api/rulesets/" + published + "/publish", "{}").statusCode()).isEqualTo(200);
            assertThat(version(first, team)).isEqualTo(published);
            String seen = shipped;
            while (!seen.equals(published) && System.nanoTime() - start < 10_000_000_000L) {
                seen = version(second, team);
                assertThat(seen).isIn(shipped, published);
                Thread.sleep(50);
            }
            long followedMs = (System.nanoTime() - start) / 1_000_000;
            System.out.println("The second replica followed the publish in " + followedMs + " ms");
            assertThat(seen).isEqualTo(published);
            assertThat(followedMs).isLessThan(5_000);

            JsonNode stored = JSON.readTree(second.post("/api/teams/shared/assessments", team).body());
            assertThat(stored.get("rulesetVersion").stringValue()).isEqualTo(published);
        }
    }

    @Test
    void aBrowserSessionIsSharedByReplicasOutlivesARestartAndEndsEverywhere() throws Exception {
        String url = Postgres.newDatabase();
        String[] database = {"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres"};
        ServiceProcess first = ServiceProcess.start(database);
        ServiceProcess second = ServiceProcess.start(database);
        try {
            String name = "rita";
            SignIn.createUser(base(first), name, "assessor");
            FormSession laptop = FormSession.signIn(base(first), name, SignIn.password(name));
            assertThat(laptop.on(base(second)).signedInAs()).as("signed in on replica 1, known to replica 2")
                    .isEqualTo(name);
            assertThat(laptop.on(base(second)).send("POST", "/api/teams", "{\"name\": \"Signed In Twice\"}")
                    .statusCode()).as("a state change on replica 2, with the CSRF token of replica 1").isEqualTo(201);

            first.close(); // stopped: the session it made outlives it
            first = ServiceProcess.start(database);
            assertThat(laptop.on(base(first)).signedInAs()).as("after a restart of replica 1").isEqualTo(name);

            FormSession phone = FormSession.signIn(base(first), name, SignIn.password(name));
            HttpResponse<String> out = laptop.on(base(second)).signOut();
            assertThat(out.statusCode()).isEqualTo(302);
            assertThat(laptop.on(base(first)).signedInAs()).as("signed out on replica 2, refused on replica 1")
                    .isNull();
            assertThat(phone.on(base(second)).signedInAs()).as("the other session stays").isEqualTo(name);

            FormSession tablet = FormSession.signIn(base(second), name, SignIn.password(name));
            HttpResponse<String> changed = phone.on(base(first)).send("PUT", "/api/users/me/password",
                    "{\"currentPassword\": \"" + SignIn.password(name) + "\", \"password\": \"rita-new-password\"}");
            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            assertThat(tablet.on(base(second)).signedInAs()).as("a new password on replica 1 ends the session on "
                    + "replica 2").isNull();
            assertThat(tablet.on(base(first)).signedInAs()).isNull();
        } finally {
            first.close();
            second.close();
        }
    }

    private static String base(ServiceProcess service) {
        String uri = service.uri("/").toString();
        return uri.substring(0, uri.length() - 1);
    }

    private static String version(ServiceProcess service, String team) throws Exception {
        HttpResponse<String> response = service.assess(team);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("rulesetVersion").stringValue();
    }

    private static HttpResponse<String> upload(ServiceProcess service, Path file) throws Exception {
        return service.send(Multipart.upload(HttpRequest.newBuilder(service.uri("/api/rulesets/drafts"))
                .header("Authorization", SignIn.admin()), file));
    }
}
