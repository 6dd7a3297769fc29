package org.maturityadvisor.web;

import org.maturityadvisor.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every {@link BulkApiTest} case on a real PostgreSQL server, where a failed statement aborts the transaction. */
class PostgresBulkApiTest extends BulkApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        String url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }
}
