package org.maturityadvisor.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.testing.Postgres;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Groups, a team's group and archive, and a TeamSet's SQL condition, on both databases. */
class GroupStoreTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    static Stream<String> databases() {
        return Stream.of("jdbc:h2:mem:groups-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", Postgres.newDatabase());
    }

    @ParameterizedTest
    @MethodSource("databases")
    void teamsAreReadWithinTheirGroupsAndArchivedOnesOnlyWhenAsked(String url) {
        DriverManagerDataSource source = url.startsWith("jdbc:h2") ? new DriverManagerDataSource(url)
                : new DriverManagerDataSource(url, "postgres", "postgres");
        Flyway.configure().dataSource(source).load().migrate();
        JdbcTemplate template = new JdbcTemplate(source);
        GroupStore groups = new GroupStore(template);
        TeamStore teams = new TeamStore(template, new TransactionTemplate(new DataSourceTransactionManager(source)));
        groups.create(new Group("retail", "Retail", null), "tester", AT);
        groups.create(new Group("pricing", "Pricing", "retail"), "tester", AT);
        groups.create(new Group("risk", "Risk", null), "tester", AT);
        assertThatThrownBy(() -> groups.create(new Group("risk", "Again", null), "tester", AT))
                .isInstanceOf(GroupExistsException.class);
        for (String id : List.of("a", "b", "c", "d")) {
            teams.create(id, "Team " + id, "tester", AT);
        }
        groups.place("a", "pricing");
        groups.place("b", "risk");
        groups.place("d", "retail");
        JdbcClient jdbc = JdbcClient.create(template);
        jdbc.sql("update team set archived_at = ? where id = 'd'").param(AT).update();

        assertThat(groups.tree().pathWords("pricing")).isEqualTo("Retail › Pricing");
        assertThat(teams.team("a").orElseThrow().groupId()).isEqualTo("pricing");
        assertThat(teams.team("d").orElseThrow().archived()).isTrue();
        assertThat(ids(jdbc, TeamSet.active())).containsExactly("a", "b", "c");
        assertThat(ids(jdbc, TeamSet.everything())).containsExactly("a", "b", "c", "d");
        assertThat(ids(jdbc, TeamSet.active().inGroups(groups.tree().within("retail")))).containsExactly("a");
        assertThat(ids(jdbc, TeamSet.everything().inGroups(groups.tree().within("retail")))).containsExactly("a", "d");
        assertThat(ids(jdbc, TeamSet.active().onlyTeam("b"))).containsExactly("b");
        assertThat(ids(jdbc, TeamSet.none())).isEmpty();

        PortfolioStore portfolio = new PortfolioStore(template);
        PortfolioStore.Stamp before = portfolio.stamp();
        groups.place("c", "risk");
        assertThat(portfolio.stamp()).as("a move changes no row count but must change the stamp").isNotEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("databases")
    void groupsAreRenamedMovedCountedAndDeletedOnlyWhenEmpty(String url) {
        DriverManagerDataSource source = url.startsWith("jdbc:h2") ? new DriverManagerDataSource(url)
                : new DriverManagerDataSource(url, "postgres", "postgres");
        Flyway.configure().dataSource(source).load().migrate();
        JdbcTemplate template = new JdbcTemplate(source);
        GroupStore groups = new GroupStore(template);
        TeamStore teams = new TeamStore(template, new TransactionTemplate(new DataSourceTransactionManager(source)));
        BulkStore bulk = new BulkStore(template, teams, new TransactionTemplate(new DataSourceTransactionManager(
                source)));
        groups.create(new Group("retail", "Retail", null), "tester", AT);
        groups.create(new Group("pricing", "Pricing", "retail"), "tester", AT);
        groups.create(new Group("risk", "Risk", null), "tester", AT);
        teams.create("a", "Team a", "pricing", "tester", AT);
        teams.create("b", "Team b", "pricing", "tester", AT);
        teams.create("c", "Team c", null, "tester", AT);
        JdbcClient.create(template).sql("update team set archived_at = ? where id = 'b'").param(AT).update();
        PortfolioStore portfolio = new PortfolioStore(template);

        PortfolioStore.Stamp before = portfolio.stamp();
        assertThat(groups.rename("pricing", "Prices")).isTrue();
        assertThat(groups.reparent("pricing", "risk")).isTrue();
        assertThat(groups.rename("nowhere", "X")).isFalse();
        assertThat(portfolio.stamp()).as("a group moved: its teams list elsewhere").isNotEqualTo(before);
        assertThat(groups.tree().pathWords("pricing")).isEqualTo("Risk › Prices");

        assertThat(groups.teamCounts(TeamSet.active())).containsEntry("pricing", 1).containsEntry(null, 1)
                .doesNotContainKey("retail");
        assertThat(groups.teamCounts(TeamSet.everything())).containsEntry("pricing", 2);
        assertThat(groups.teamCounts(TeamSet.none())).isEmpty();
        assertThat(groups.teamsIn("pricing")).as("archived teams count: they still sit in it").isEqualTo(2);
        assertThat(groups.groupOf("a")).hasValue(java.util.Optional.of("pricing"));
        assertThat(groups.groupOf("c")).hasValue(java.util.Optional.empty());
        assertThat(groups.groupOf("nobody")).isEmpty();
        assertThat(bulk.groups(List.of("a", "c", "nobody"))).containsEntry("a", "pricing").containsEntry("c", null)
                .doesNotContainKey("nobody");

        groups.lockTree();
        assertThat(groups.lock("retail")).isTrue();
        assertThat(groups.delete("retail")).isTrue();
        assertThat(groups.lock("retail")).isFalse();
        assertThatThrownBy(() -> groups.delete("pricing")).as("the database keeps a team's group real")
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        assertThat(groups.tree().all()).extracting(Group::id).containsExactly("risk", "pricing");
    }

    private static List<String> ids(JdbcClient jdbc, TeamSet set) {
        List<Object> params = new ArrayList<>();
        String condition = TeamSets.condition("t", set, params);
        return jdbc.sql("select t.id from team t where " + condition + " order by t.id").params(params)
                .query(String.class).list();
    }
}
