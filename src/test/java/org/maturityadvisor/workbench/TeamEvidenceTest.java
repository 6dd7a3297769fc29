package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.teams.AnswerAges;
import org.maturityadvisor.teams.TeamFreshness;

/** The team page's reading of what the newest assessment rests on: freshness, evidence to confirm, the bar. */
class TeamEvidenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Practice TESTS = new Practice("ci.tests", "CI", PracticeType.YES_NO, List.of(),
            "Do tests run on every change?", "", 90);
    private static final Practice RELEASE = new Practice("release.method", "Release", PracticeType.CHOICE,
            List.of("manual", "scripted", "pipeline"), "How are models released?", "", 30);
    private static final Practice DOCS = new Practice("docs.readme", "Docs", PracticeType.YES_NO, List.of(),
            "Is there a README?", "");
    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(TESTS, RELEASE, DOCS));

    @Test
    void anAnswerOlderThanItsValidForIsStaleAndOneCloseToItGoesStaleSoon() {
        Answers answers = Answers.none()
                .with(TESTS.answer("yes", new AnswerDetails(TODAY.minusDays(100), List.of(), null), TODAY))
                .with(RELEASE.answer("scripted", new AnswerDetails(TODAY.minusDays(20), List.of(), null), TODAY))
                .with(DOCS.answer("yes", new AnswerDetails(TODAY.minusDays(900), List.of(), null), TODAY));

        TeamEvidence evidence = TeamEvidence.of(3, TODAY, answers, null, CATALOG, ages(answers, TODAY, 30), "ana");

        assertThat(evidence.freshness()).extracting(TeamEvidence.Fresh::practice)
                .as("stale first, then soonest; a practice valid forever never listed")
                .containsExactly("ci.tests", "release.method");
        TeamEvidence.Fresh stale = evidence.freshness().get(0);
        assertThat(stale.stale()).isTrue();
        assertThat(stale.staleOn()).isEqualTo(TODAY.minusDays(9));
        assertThat(stale.state()).isEqualTo("stale for 9 days");
        assertThat(stale.question()).isEqualTo("Do tests run on every change?");
        TeamEvidence.Fresh soon = evidence.freshness().get(1);
        assertThat(soon.stale()).isFalse();
        assertThat(soon.state()).isEqualTo("goes stale in 11 days");
        assertThat(evidence.staleCount()).isEqualTo(1);
        assertThat(evidence.soonCount()).isEqualTo(1);
        assertThat(evidence.freshnessWords()).isEqualTo("1 answer is stale and 1 goes stale within 30 days");
    }

    @Test
    void anAnswerWithoutADayOfItsOwnAgesFromTheAssessmentDay() {
        Answers answers = Answers.none().with(RELEASE.answer("scripted", AnswerDetails.none(), TODAY));

        assertThat(TeamEvidence.of(1, TODAY.minusDays(40), answers, null, CATALOG,
                ages(answers, TODAY.minusDays(40), 30), null).freshness())
                .singleElement().satisfies(f -> assertThat(f.state()).isEqualTo("stale for 9 days"));
        assertThat(TeamEvidence.of(1, TODAY.minusDays(1), answers, null, CATALOG, ages(answers, TODAY.minusDays(1),
                0), null).freshness()).as("not within the soon days").isEmpty();
    }

    @Test
    void evidenceSomeoneElseRecordedIsConfirmableAndOnesOwnIsNot() {
        EvidenceItem byBen = new EvidenceItem("https://ci.example.com/42", "deploy job", "ben",
                Instant.parse("2026-12-01T10:00:00Z"), null, null);
        EvidenceItem byAna = new EvidenceItem(null, "release notes", "ana", Instant.parse("2026-12-01T10:00:00Z"),
                null, null);
        Answers answers = Answers.none()
                .with(TESTS.answer("yes", new AnswerDetails(null, List.of(byBen), null), TODAY))
                .with(RELEASE.answer("pipeline", new AnswerDetails(null, List.of(byAna), null), TODAY))
                .with(DOCS.answer("yes", new AnswerDetails(null, List.of(byBen.confirmedBy("ana", Instant
                        .parse("2026-12-02T10:00:00Z"))), null), TODAY));

        TeamEvidence evidence = TeamEvidence.of(2, TODAY, answers, null, CATALOG, ages(answers, TODAY, 30), "ana");

        assertThat(evidence.unconfirmed()).extracting(TeamEvidence.Unconfirmed::practice)
                .containsExactly("ci.tests", "release.method");
        assertThat(evidence.unconfirmed().get(0).confirmable()).isTrue();
        assertThat(evidence.unconfirmed().get(0).items().get(0).recorded()).isEqualTo("recorded by ben on 2026-12-01");
        assertThat(evidence.unconfirmed().get(1).confirmable()).isFalse();
        assertThat(evidence.unconfirmed().get(1).ownOnly()).isTrue();
        assertThat(evidence.answers()).hasSize(3);
        assertThat(evidence.answers().get(2).support()).isEqualTo("evidence confirmed by a second person");
        assertThat(evidence.answers().get(2).items().get(0).confirmed()).isEqualTo("confirmed by ana on 2026-12-02");
        assertThat(evidence.bar().words()).isEqualTo(ResultBasis.of(answers.all()).words());
    }

    /** What the store's freshness listing says of these answers, assessed on {@code day}, read today. */
    private static TeamFreshness.Listing ages(Answers answers, LocalDate day, int soonDays) {
        return new TeamFreshness.Listing("a-team", 1, TODAY, soonDays, AnswerAges.ages(answers, CATALOG, day, TODAY,
                soonDays));
    }

    @Test
    void onlyHttpAndHttpsLinksAreOfferedAsLinks() {
        assertThat(EvidenceItemView.of(EvidenceItem.of("https://ci.example.com/x?a=1&b=<2>", null)).href())
                .isEqualTo("https://ci.example.com/x?a=1&b=<2>");
        assertThat(EvidenceItemView.of(EvidenceItem.of("javascript:alert(1)", null)).href()).isNull();
        assertThat(EvidenceItemView.of(EvidenceItem.of("JavaScript:alert(1)", null)).linkText())
                .as("still shown, as text").isEqualTo("JavaScript:alert(1)");
        assertThat(EvidenceItemView.of(EvidenceItem.of("ftp://files.example.com/a", null)).href()).isNull();
        assertThat(EvidenceItemView.of(EvidenceItem.of("http:/no-host", null)).href()).isNull();
    }

    @Test
    void theBarsPartsAddUpToTheWholeAndKeepEveryCount() {
        AnswerBasisBar bar = AnswerBasisBar.of(new ResultBasis(3, 1, 1, 1, 0, 0));

        assertThat(bar.segments()).extracting(AnswerBasisBar.Segment::kind)
                .containsExactly("confirmed", "evidenced", "claimed");
        assertThat(bar.segments().stream().mapToDouble(AnswerBasisBar.Segment::width).sum()).isCloseTo(100.0,
                org.assertj.core.data.Offset.offset(0.2));
        assertThat(bar.segments().get(2).x()).isEqualTo(bar.segments().get(0).width() + bar.segments().get(1).width());
        assertThat(bar.segments().get(0).share(3)).isEqualTo("1 of 3 answers");
        assertThat(AnswerBasisBar.of(new ResultBasis(0, 0, 0, 0, 0, 0)).segments())
                .allSatisfy(s -> assertThat(s.width()).isZero());
    }
}
