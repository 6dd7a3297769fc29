package org.maturityadvisor.web;

import org.maturityadvisor.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link TeamLifecycleApiTest} case on a real PostgreSQL server (V15, the cascade of a deletion, row locks). */
class PostgresTeamLifecycleApiTest extends TeamLifecycleApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        String url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }
}
