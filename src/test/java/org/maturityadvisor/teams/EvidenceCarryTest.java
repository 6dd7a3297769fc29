package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.Support;

class EvidenceCarryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate BEFORE = LocalDate.of(2026, 6, 1);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final EvidenceItem CONFIRMED = new EvidenceItem("https://ci.example.com/1", null, "ana",
            Instant.parse("2026-06-01T10:00:00Z"), "ben", Instant.parse("2026-06-02T10:00:00Z"));

    @Test
    void aPlainAnswerWithTheSameValueKeepsTheDayAndTheConfirmedEvidenceOfTheOneBefore() {
        Answers previous = Answers.none().with(rich("release.method", "scripted", null, List.of(CONFIRMED)));
        EvidenceCarry.Outcome outcome = carry(Answers.none().with(new Answer("release.method", "scripted", 2)),
                previous);
        Answer carried = outcome.answers().get("release.method").orElseThrow();
        assertThat(outcome.errors()).isEmpty();
        assertThat(carried.details().asOf()).as("as of the assessment before, which gave no day").isEqualTo(BEFORE);
        assertThat(carried.details().evidence()).containsExactly(CONFIRMED);
        assertThat(carried.support()).isEqualTo(Support.CONFIRMED);
    }

    @Test
    void aChangedValueCarriesNothingAndIsAsOfTheAssessmentsDay() {
        Answers previous = Answers.none().with(rich("release.method", "scripted", BEFORE, List.of(CONFIRMED)));
        Answer carried = carry(Answers.none().with(new Answer("release.method", "ci-cd-pipeline", 3)), previous)
                .answers().get("release.method").orElseThrow();
        assertThat(carried.details().evidence()).isEmpty();
        assertThat(carried.details().asOf()).isEqualTo(DAY);
        assertThat(carried.support()).isEqualTo(Support.CLAIMED);
    }

    @Test
    void newEvidenceIsRecordedByTheAuthorNowAndAGivenDayWins() {
        Answers previous = Answers.none().with(rich("release.method", "scripted", BEFORE, List.of(CONFIRMED)));
        LocalDate given = LocalDate.of(2026, 12, 1);
        Answer carried = carry(Answers.none().with(rich("release.method", "scripted", given,
                List.of(EvidenceItem.of(null, "a new note"), EvidenceItem.of("https://ci.example.com/1", null)))),
                previous).answers().get("release.method").orElseThrow();
        assertThat(carried.details().asOf()).isEqualTo(given);
        assertThat(carried.details().evidence()).containsExactly(CONFIRMED,
                new EvidenceItem(null, "a new note", "carol", NOW, null, null));
    }

    @Test
    void aConfirmationTheAnswerBeforeDoesNotHaveIsRefusedNamingItsField() {
        EvidenceItem forged = new EvidenceItem(null, "signed", null, null, "ben", null);
        EvidenceCarry.Outcome outcome = carry(Answers.none().with(rich("release.method", "scripted", null,
                List.of(EvidenceItem.of(null, "fine"), forged))), Answers.none());
        assertThat(outcome.errors()).extracting(InputError::field)
                .containsExactly("answers.release.method.evidence[1].confirmedBy");
    }

    @Test
    void aNotApplicableAnswerKeepsItsNewReasonAndCarriesItsDay() {
        AnswerDetails before = new AnswerDetails(BEFORE, List.of(), "batch only");
        AnswerDetails now = new AnswerDetails(null, List.of(), "batch scoring only");
        Answer carried = carry(Answers.none().with(Answer.notApplicable("release.ab-testing", false, now)),
                Answers.none().with(Answer.notApplicable("release.ab-testing", false, before)))
                .answers().get("release.ab-testing").orElseThrow();
        assertThat(carried.notApplicable()).isTrue();
        assertThat(carried.details().notApplicableReason()).isEqualTo("batch scoring only");
        assertThat(carried.details().asOf()).isEqualTo(BEFORE);
    }

    private static EvidenceCarry.Outcome carry(Answers given, Answers previous) {
        return EvidenceCarry.apply(given, new EvidenceCarry.Previous(previous, BEFORE), "carol", NOW, DAY);
    }

    private static Answer rich(String practice, String value, LocalDate asOf, List<EvidenceItem> evidence) {
        AnswerDetails details = new AnswerDetails(asOf, evidence, null);
        return new Answer(practice, value, 2, details.support(), false, false, details);
    }
}
