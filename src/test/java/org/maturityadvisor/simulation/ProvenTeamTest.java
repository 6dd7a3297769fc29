package org.maturityadvisor.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Claim;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.catalog.Support;

/** The what-if "with evidence": every answer as if evidenced, confirmed by a second person and fresh. */
class ProvenTeamTest {

    @Test
    void everyAnswerOfTheProvenTeamIsConfirmedAndFreshWithItsValueAndNotApplicableKept() {
        PracticeCatalog catalog = new PracticeCatalog(List.of(
                new Practice("a", "D", PracticeType.YES_NO, List.of(), "A?", "", 30),
                new Practice("b", "D", PracticeType.YES_NO, List.of(), "B?", ""),
                new Practice("c", "D", PracticeType.YES_NO, List.of(), "C?", "")));
        LocalDate day = LocalDate.parse("2026-12-07");
        TeamProfile team = new TeamProfile("t", TeamContext.unknown(), catalog.answers(Map.of(
                "a", new Claim("yes", false, new AnswerDetails(day.minusDays(100), List.of(), null)),
                "b", new Claim("no", false, new AnswerDetails(null, List.of(EvidenceItem.of("https://x.example", null)),
                        null)),
                "c", new Claim(null, true, new AnswerDetails(null, List.of(), "does not apply"))), "answers.", day));
        assertThat(team.answers().get("a").orElseThrow().stale()).as("the fixture: a is stale").isTrue();

        TeamProfile proven = Simulator.proven(team);

        assertThat(proven.answers().all()).hasSize(3).allSatisfy(answer -> {
            assertThat(answer.support()).isEqualTo(Support.CONFIRMED);
            assertThat(answer.stale()).isFalse();
        });
        assertThat(proven.answers().all()).extracting(Answer::value).containsExactlyInAnyOrder("yes", "no", null);
        assertThat(proven.answers().get("c").orElseThrow().notApplicable()).isTrue();
    }
}
