package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.ContextField;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questionnaire's evidence, not-applicable and context fields as the form sends them: they become the rich input
 * of contract section 1, travel in one canonical address, and come back from a stored input unchanged.
 */
class EvidenceFormTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(
            new Practice("release.method", "Release", PracticeType.CHOICE, List.of("manual", "scripted",
                    "ci-cd-pipeline"), "How are models released?", "", 180),
            new Practice("release.ab-testing", "Release", PracticeType.YES_NO, List.of(), "A/B tests?", ""),
            new Practice("creation.data-pipeline", "Creation", PracticeType.YES_NO, List.of(), "Pipeline?", "")),
            List.of(new ContextField("context.inference", PracticeType.CHOICE, List.of("batch", "real-time", "both"),
                            "How does the team serve predictions?", ""),
                    new ContextField("context.regulated", PracticeType.YES_NO, List.of(), "Regulated?", "")));

    private static MultiValueMap<String, String> form(String... pairs) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.add(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    @Test
    void evidenceNotApplicableAndDeclaredContextBecomeTheRichInput() {
        FormState state = FormState.from(form("team", "Payments ML", "c.inference", "batch", "c.regulated", "true",
                "a.creation.data-pipeline", "yes",
                "a.release.method", "ci-cd-pipeline", "asof.release.method", "2026-11-02",
                "e.release.method.1.link", "https://ci.example.com/pipelines/42",
                "e.release.method.1.note", "deploy job runs on every push to main",
                "e.release.method.2.link", "", "e.release.method.2.note", "",
                "e.release.method.3.note", "<b>second</b> item",
                "a.release.ab-testing", "_na", "na.release.ab-testing", "batch scoring only"), FormState.ANSWER);

        JsonNode input = state.toInput(JSON);

        assertThat(input.at("/context/inference").asString()).isEqualTo("batch");
        assertThat(input.at("/context/regulated").isBoolean()).as("a yes-no context field is a boolean").isTrue();
        assertThat(input.at("/answers/creation.data-pipeline").asString()).as("a bare answer stays plain")
                .isEqualTo("yes");
        JsonNode release = input.at("/answers/release.method");
        assertThat(release.get("value").asString()).isEqualTo("ci-cd-pipeline");
        assertThat(release.get("asOf").asString()).isEqualTo("2026-11-02");
        assertThat(release.get("evidence")).as("the blank second slot is left out").hasSize(2);
        assertThat(release.at("/evidence/0/link").asString()).isEqualTo("https://ci.example.com/pipelines/42");
        assertThat(release.at("/evidence/1/note").asString()).isEqualTo("<b>second</b> item");
        assertThat(release.at("/evidence/1/link").isMissingNode()).isTrue();
        JsonNode na = input.at("/answers/release.ab-testing");
        assertThat(na.get("notApplicable").booleanValue()).isTrue();
        assertThat(na.get("reason").asString()).isEqualTo("batch scoring only");
        assertThat(na.has("value")).isFalse();
    }

    @Test
    void notApplicableWithoutAReasonIsSentWithABlankReasonForTheReaderToRefuseByName() {
        JsonNode input = FormState.from(form("a.release.ab-testing", "_na", "na.release.ab-testing", " "),
                FormState.ANSWER).toInput(JSON);
        assertThat(input.at("/answers/release.ab-testing/reason").asString()).isEmpty();
        assertThat(input.at("/answers/release.ab-testing/notApplicable").booleanValue()).isTrue();
    }

    @Test
    void aReasonWithoutNotApplicableChosenIsNotSent() {
        JsonNode input = FormState.from(form("a.release.ab-testing", "yes", "na.release.ab-testing", "typed first"),
                FormState.ANSWER).toInput(JSON);
        assertThat(input.at("/answers/release.ab-testing").asString()).isEqualTo("yes");
    }

    @Test
    void evidenceForAnUnansweredPracticeIsSentWithoutAValueSoTheReaderNamesTheField() {
        JsonNode input = FormState.from(form("e.release.method.1.note", "a note"), FormState.ANSWER).toInput(JSON);
        assertThat(input.at("/answers/release.method/evidence/0/note").asString()).isEqualTo("a note");
        assertThat(input.at("/answers/release.method").has("value")).isFalse();
    }

    @Test
    void theAddressListsEachPracticesFieldsInQuestionnaireOrderWithItemsNumberedFromOne() {
        MultiValueMap<String, String> sent = form("a.release.ab-testing", "_na", "na.release.ab-testing", "batch",
                "e.release.method.5.note", "n", "e.release.method.2.link", "https://a.example", "c.regulated", "false",
                "a.release.method", "scripted", "c.inference", "both", "team", "T", "e.release.method.9.link", "");
        ResultQuery query = ResultQuery.of(sent, CATALOG);
        assertThat(query.encoded()).isEqualTo("team=T&c.inference=both&c.regulated=false"
                + "&a.release.method=scripted&e.release.method.1.link=https%3A%2F%2Fa.example"
                + "&e.release.method.2.note=n&a.release.ab-testing=_na&na.release.ab-testing=batch");
        assertThat(query.sameAs(sent)).isFalse();
        MultiValueMap<String, String> again = new LinkedMultiValueMap<>();
        query.fields().forEach(field -> again.add(field.name(), field.value()));
        assertThat(ResultQuery.of(again, CATALOG)).as("the canonical address is its own").isEqualTo(query);
        assertThat(query.answers()).isEqualTo(query);
    }

    @Test
    void theWhatIfWithEvidenceTravelsAfterTheChangesAndIsNotPartOfTheAnswers() {
        ResultQuery query = ResultQuery.of(form("withEvidence", "true", "a.release.method", "scripted",
                "w.release.method", "manual"), CATALOG);
        assertThat(query.encoded()).isEqualTo("a.release.method=scripted&w.release.method=manual&withEvidence=true");
        assertThat(query.withEvidence()).isTrue();
        assertThat(query.answers().encoded()).isEqualTo("a.release.method=scripted");
    }

    @Test
    void aStoredRichInputComesBackAsTheSameFormWithWhoRecordedAndConfirmedEachItem() {
        JsonNode stored = JSON.readTree("""
                {"team": "T", "context": {"inference": "batch", "regulated": true, "inProduction": true},
                 "answers": {"creation.data-pipeline": true,
                   "release.method": {"value": "ci-cd-pipeline", "asOf": "2026-11-02", "evidence": [
                     {"link": "https://ci.example.com/1", "note": "deploys", "recordedBy": "ana",
                      "recordedAt": "2026-11-02T10:00:00Z", "confirmedBy": "ben", "confirmedAt": "2026-11-03T09:00:00Z"}]},
                   "release.ab-testing": {"notApplicable": true, "reason": "batch only"}}}""");
        FormState state = FormState.of(stored);
        assertThat(state.answer("creation.data-pipeline")).isEqualTo("yes");
        assertThat(state.inProduction()).isEqualTo("true");
        assertThat(state.context("regulated")).isEqualTo("true");
        assertThat(state.choice("release.ab-testing")).isEqualTo("_na");
        assertThat(state.detail("release.ab-testing").reason()).isEqualTo("batch only");
        AnswerForm.Item item = state.detail("release.method").evidence().get(0);
        assertThat(item.confirmedBy()).isEqualTo("ben");
        assertThat(state.detail("release.method").slots()).as("the item and a blank slot to add another").hasSize(2);

        JsonNode again = state.toInput(JSON);
        assertThat(again.at("/answers/release.method")).isEqualTo(stored.at("/answers/release.method"));
        assertThat(again.at("/answers/release.ab-testing")).isEqualTo(stored.at("/answers/release.ab-testing"));
        assertThat(again.at("/context/regulated").booleanValue()).isTrue();
        assertThat(state.toTeamInput(JSON).at("/answers/release.method/evidence/0").propertyNames())
                .as("storing sends link and note only: who recorded and confirmed is the server's to say")
                .containsExactly("link", "note");
    }

    @Test
    void aLoadedAnswerSaysItsAgeAgainstItsPracticesValidForAndWhoConfirmedIt() {
        Practice release = CATALOG.find("release.method").orElseThrow();
        AnswerForm old = new AnswerForm(false, "", "2026-03-02", List.of(
                new AnswerForm.Item("https://x.example", "", "ana", "", "ben", "")));
        assertThat(AnswerAge.words(old, release, LocalDate.parse("2026-12-07")))
                .isEqualTo("as of 2026-03-02, 280 days ago; stale: older than 180 days; "
                        + "1 piece of evidence recorded by ana, confirmed by ben");
        AnswerForm fresh = new AnswerForm(false, "", "2026-12-06", List.of());
        assertThat(AnswerAge.words(fresh, release, LocalDate.parse("2026-12-07")))
                .isEqualTo("as of 2026-12-06, 1 day ago; stale after 180 days");
        assertThat(AnswerAge.words(AnswerForm.NONE, release, LocalDate.parse("2026-12-07"))).isEmpty();
    }

    @Test
    void onlyHttpAndHttpsAddressesBecomeLinks() {
        EvidenceLinks links = new EvidenceLinks();
        assertThat(links.linkable("https://ci.example.com/pipelines/42")).isTrue();
        assertThat(links.linkable("HTTP://ci.example.com")).isTrue();
        assertThat(links.linkable("javascript:alert(1)")).isFalse();
        assertThat(links.linkable("data:text/html,<script>alert(1)</script>")).isFalse();
        assertThat(links.linkable("//evil.example/x")).isFalse();
        assertThat(links.linkable("https:/no-host")).isFalse();
        assertThat(links.linkable(null)).isFalse();
    }
}
