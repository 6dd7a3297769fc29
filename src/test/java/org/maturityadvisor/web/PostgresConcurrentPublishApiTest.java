package org.maturityadvisor.web;

import org.junit.jupiter.api.AfterAll;
import org.maturityadvisor.MaturityAdvisorApplication;
import org.maturityadvisor.testing.Api;
import org.maturityadvisor.testing.Postgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same races on a real PostgreSQL server, the second request of each pair sent to a second service (a replica
 * with its own connection pool and its own compiled rules) on the same database: the compare-and-set is the
 * database's, not one JVM's lock.
 */
class PostgresConcurrentPublishApiTest extends ConcurrentPublishApiTest {

    private static String url;
    private static ConfigurableApplicationContext replica;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }

    @Override
    Api otherReplica() {
        if (replica == null) {
            replica = new SpringApplicationBuilder(MaturityAdvisorApplication.class).run("--server.port=0",
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres");
        }
        return new Api(((WebServerApplicationContext) replica).getWebServer().getPort());
    }

    @AfterAll
    static void stopReplica() {
        if (replica != null) {
            replica.close();
            replica = null;
        }
    }
}
