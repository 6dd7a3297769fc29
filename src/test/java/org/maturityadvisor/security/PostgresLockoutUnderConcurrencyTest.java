package org.maturityadvisor.security;

import org.maturityadvisor.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The lockout's exactness on a real PostgreSQL server, where concurrent updates of one row wait for each other. */
class PostgresLockoutUnderConcurrencyTest extends LockoutUnderConcurrencyTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        String url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }
}
