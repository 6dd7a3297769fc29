package org.maturityadvisor.web;

import org.maturityadvisor.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link GroupRollUpApiTest} case on a real PostgreSQL server: the narrowing and roll-up SQL on both. */
class PostgresGroupRollUpApiTest extends GroupRollUpApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        String url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }
}
