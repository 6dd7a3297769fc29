package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Support;

class FourEyesTest {

    private static final Instant AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final Answers ANSWERS = Answers.none()
            .with(answer("release.method", new EvidenceItem(null, "pipeline 42", "ana", AT, null, null)))
            .with(answer("creation.data-pipeline", new EvidenceItem(null, "mine", "ben", AT, null, null)))
            .with(new Answer("people.ds-de-collaboration", "yes", 1));

    @Test
    void aSecondPersonConfirmsWhatSomeoneElseRecorded() {
        FourEyes.Decision decision = FourEyes.confirm(ANSWERS, request("release.method"), "ben", AT);
        assertThat(decision.refusals()).isEmpty();
        Answer confirmed = decision.answers().get("release.method").orElseThrow();
        assertThat(confirmed.support()).isEqualTo(Support.CONFIRMED);
        assertThat(confirmed.details().evidence().get(0).confirmedBy()).isEqualTo("ben");
        assertThat(decision.confirmed()).containsExactly(new FourEyes.Confirmed("release.method", 1));
    }

    @Test
    void whoRecordedTheEvidenceCannotConfirmIt() {
        FourEyes.Decision decision = FourEyes.confirm(ANSWERS, request("creation.data-pipeline"), "ben", AT);
        assertThat(decision.refusals()).singleElement().satisfies(refusal -> {
            assertThat(refusal.conflict()).isTrue();
            assertThat(refusal.error().field()).isEqualTo("practices[0]");
            assertThat(refusal.error().reason()).contains(FourEyes.SECOND_PERSON);
        });
    }

    @Test
    void anAnswerWithoutEvidenceOrWithoutAnAnswerIsABadRequest() {
        FourEyes.Decision decision = FourEyes.confirm(ANSWERS, new FourEyes.Request(List.of(
                "people.ds-de-collaboration", "release.nothing"), false), "ben", AT);
        assertThat(decision.refusals()).extracting(r -> r.error().field()).containsExactly("practices[0]",
                "practices[1]");
        assertThat(decision.refusals()).noneMatch(FourEyes.Refusal::conflict);
    }

    @Test
    void allConfirmsOnlyWhatOthersRecorded() {
        FourEyes.Decision decision = FourEyes.confirm(ANSWERS, new FourEyes.Request(List.of(), true), "ben", AT);
        assertThat(decision.confirmed()).extracting(FourEyes.Confirmed::practice).containsExactly("release.method");
        assertThat(decision.answers().get("creation.data-pipeline").orElseThrow().support())
                .isEqualTo(Support.EVIDENCED);
        FourEyes.Decision nothing = FourEyes.confirm(decision.answers(), new FourEyes.Request(List.of(), true), "ben",
                AT);
        assertThat(nothing.refusals()).singleElement().satisfies(r -> assertThat(r.error().field()).isEqualTo("all"));
    }

    private static FourEyes.Request request(String practice) {
        return new FourEyes.Request(List.of(practice), false);
    }

    private static Answer answer(String practice, EvidenceItem item) {
        AnswerDetails details = new AnswerDetails(null, List.of(item), null);
        return new Answer(practice, "yes", 1, details.support(), false, false, details);
    }
}
