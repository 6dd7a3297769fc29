package org.maturityadvisor.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.store.TeamLifecycleStore;
import org.maturityadvisor.testing.Postgres;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every {@link TeamRetentionApiTest} case on a real PostgreSQL server, and two runs at once (two replicas on one
 * schedule): each old assessment is removed once, nothing fails, one audit entry is written.
 */
class PostgresTeamRetentionApiTest extends TeamRetentionApiTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        String url = Postgres.newDatabase();
        properties.add("spring.datasource.url", () -> url);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
    }

    @Test
    void twoRunsAtOnceRemoveEachAssessmentOnceAndWriteOneEntry() throws Exception {
        retention.run(); // what earlier cases left old is gone first
        String a = team(5, List.of(1, 2, 3, 4));
        String b = team(3, List.of(1, 2, 3));
        long entries = purgeEntries();
        CyclicBarrier together = new CyclicBarrier(2);

        List<CompletableFuture<TeamLifecycleStore.Purged>> runs = List.of(1, 2).stream()
                .map(run -> CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return retention.run().orElseThrow();
                })).toList();

        List<Integer> removed = runs.stream().map(CompletableFuture::join).map(TeamLifecycleStore.Purged::assessments)
                .toList();
        assertThat(removed).containsExactlyInAnyOrder(6, 0);
        assertThat(seqs(a)).containsExactly(5);
        assertThat(seqs(b)).containsExactly(3);
        assertThat(purgeEntries()).isEqualTo(entries + 1);
    }
}
