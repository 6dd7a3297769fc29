package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.Effort;
import org.maturityadvisor.testing.ShippedRules;

/** The level a team should aim for, decided by the target table's first matching row, and the roadmap there. */
class TargetAdviceTest {

    private final Advisor advisor = ShippedRules.advisor();

    private TargetLevel target(TeamContext context, Map<String, Object> answers) {
        return advisor.assess(new TeamProfile("t", context, advisor.catalog().answers(answers, "answers.")))
                .target();
    }

    private TargetLevel target(Integer useCases, Boolean critical, Boolean production) {
        return target(new TeamContext(useCases, critical, production), Map.of());
    }

    @Test
    void followsTheSeedsAdvice() {
        assertThat(target(1, false, false).target()).as("proofs of concept only").isZero();
        assertThat(target(1, false, true).target()).as("in production").isEqualTo(1);
        assertThat(target(2, false, true).target()).as("2-3 use cases").isEqualTo(2);
        assertThat(target(3, null, true).target()).isEqualTo(2);
        assertThat(target(6, false, true).target()).as("5-6 use cases").isEqualTo(3);
        assertThat(target(1, true, true).target()).as("one critical").isEqualTo(3);
        assertThat(target(12, false, true).target()).as("level 4 not without a critical use case").isEqualTo(3);
        assertThat(target(7, true, true).target()).as("level 4 only when it pays").isEqualTo(4);
    }

    @Test
    void level4SaysWhyAndAsksWhetherItIsReallyNeeded() {
        TargetLevel target = target(9, true, true);

        assertThat(target.rule()).isEqualTo("target-4-critical-at-scale");
        assertThat(target.reason()).contains("do you really need level 4?");
        assertThat(target.alsoMatched()).containsExactly("target-3-critical", "target-3-five-or-more",
                "target-1-in-production", "target-1-context-unknown");
    }

    @Test
    void fourUseCasesIsDecidedByTheTableAndTheDecisionIsExplained() {
        TargetLevel target = target(4, false, true);

        assertThat(target.target()).isEqualTo(2);
        assertThat(target.rule()).isEqualTo("target-2-four-use-cases");
        assertThat(target.conditions()).isEqualTo("use cases 4, business-critical any, in production any");
        assertThat(target.reason()).contains("between", "2-3", "5-6");
        assertThat(target.source()).startsWith("target-level.drl.xlsx row ");
    }

    @Test
    void anUnstatedContextOnlyMatchesRowsThatDoNotAsk() {
        TargetLevel target = target(null, null, null);

        assertThat(target.rule()).isEqualTo("target-1-context-unknown");
        assertThat(target.alsoMatched()).isEmpty();
        assertThat(target(5, null, null).rule()).as("5 use cases, the rest unstated")
                .isEqualTo("target-3-five-or-more");
        assertThat(target(null, true, null).rule()).isEqualTo("target-3-critical");
    }

    @Test
    void theRoadmapListsEveryBlockerBetweenCurrentAndTargetByLevelThenEffort() {
        TargetLevel target = target(new TeamContext(1, true, true), Map.of("creation.data-pipeline", true));

        assertThat(target.current()).isZero();
        assertThat(target.target()).isEqualTo(3);
        assertThat(target.status()).isEqualTo(TargetStatus.BELOW_TARGET);
        assertThat(target.roadmap()).extracting(BlockedLevel::level).containsExactly(1, 2, 3);
        assertThat(target.roadmap().get(0).blockers()).extracting(Blocker::criterion)
                .doesNotContain("ms-data-pipeline").hasSize(6);
        for (BlockedLevel level : target.roadmap()) {
            List<Effort> efforts = level.blockers().stream().map(Blocker::effort).toList();
            assertThat(efforts).isSorted();
        }
        int steps = target.roadmap().stream().mapToInt(l -> l.blockers().size()).sum();
        assertThat(target.summary()).contains("Aim for level 3", steps + " changes over 3 levels");
    }

    @Test
    void aTeamAboveItsTargetIsToldSoWithAnEmptyRoadmap() {
        Map<String, Object> level1 = Map.of("creation.data-pipeline", true,
                "release.ownership", "handed-to-software-engineers", "integration.model-tests", "basic",
                "integration.automated-release", true, "integration.app-tests", "unit",
                "integration.automated-builds", true, "integration.automated-tests-scope", "application-code");

        TargetLevel target = target(new TeamContext(1, false, false), level1);

        assertThat(target.current()).isEqualTo(1);
        assertThat(target.target()).isZero();
        assertThat(target.status()).isEqualTo(TargetStatus.ABOVE_TARGET);
        assertThat(target.roadmap()).isEmpty();
    }
}
