package org.maturityadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.testing.ShippedRules;

/** The rich answer form: evidence, asOf and "not applicable" beside the plain form, each problem named by field. */
class RichAnswerReaderTest {

    private static final LocalDate DAY = LocalDate.parse("2026-12-01");
    private static final EvidenceLimits SMALL = new EvidenceLimits(2, 40, 30, 30);
    private final PracticeCatalog catalog = ShippedRules.advisor().catalog();

    private TeamProfile read(String answers) {
        return TeamInputReader.read("{\"answers\": {" + answers + "}}", catalog, new InputOptions(DAY, SMALL));
    }

    @Test
    void thePlainAndTheRichFormReadSideBySide() {
        TeamProfile team = read("""
                "creation.data-pipeline": "yes",
                "release.method": {"value": "scripted", "asOf": "2026-11-02", "evidence": [
                    {"link": "https://ci.example.com/p/42", "note": "deploy job", "recordedBy": "ana",
                     "recordedAt": "2026-11-02T10:00:00Z", "confirmedBy": "ben"}]},
                "release.ab-testing": {"notApplicable": true, "reason": "batch scoring only"}""");

        assertThat(team.answers().get("creation.data-pipeline")).hasValue(new Answer("creation.data-pipeline", "yes", 1));
        Answer release = team.answers().get("release.method").orElseThrow();
        assertThat(release.value()).isEqualTo("scripted");
        assertThat(release.support()).isEqualTo(Support.CONFIRMED);
        assertThat(release.details().asOf()).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(release.details().evidence()).singleElement()
                .satisfies(item -> assertThat(item.note()).isEqualTo("deploy job"));
        Answer abTesting = team.answers().get("release.ab-testing").orElseThrow();
        assertThat(abTesting.notApplicable()).isTrue();
        assertThat(abTesting.value()).isNull();
        assertThat(abTesting.details().notApplicableReason()).isEqualTo("batch scoring only");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"link\": \"javascript:alert(1)\"}]}",
                        "answers.release.method.evidence[0].link", "only http and https links"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"link\": \"file:///etc/passwd\"}]}",
                        "answers.release.method.evidence[0].link", "only http and https links"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"link\": \"https://a.example/"
                                + "x".repeat(40) + "\"}]}",
                        "answers.release.method.evidence[0].link", "maturity.evidence.max-link-length"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"note\": \"" + "n".repeat(31)
                        + "\"}]}", "answers.release.method.evidence[0].note", "maturity.evidence.max-note-length"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"note\": \"a\"}, "
                                + "{\"note\": \"b\"}, {\"note\": \"c\"}]}",
                        "answers.release.method.evidence", "maturity.evidence.max-items"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{}]}",
                        "answers.release.method.evidence[0]", "needs a link, a note or both"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"lnik\": \"https://a.example\"}]}",
                        "answers.release.method.evidence[0].lnik", "unknown field"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"asOf\": \"2027-01-01\"}",
                        "answers.release.method.asOf", "after the assessment's day 2026-12-01"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"asOf\": \"yesterday\"}",
                        "answers.release.method.asOf", "yyyy-MM-dd"),
                Arguments.of("\"release.method\": {\"asOf\": \"2026-01-01\"}", "answers.release.method.value",
                        "missing"),
                Arguments.of("\"release.method\": {\"value\": \"continuous\"}", "answers.release.method",
                        "expected one of"),
                Arguments.of("\"release.ab-testing\": {\"notApplicable\": true}", "answers.release.ab-testing.reason",
                        "needs a reason"),
                Arguments.of("\"release.ab-testing\": {\"notApplicable\": true, \"reason\": \"" + "r".repeat(31) + "\"}",
                        "answers.release.ab-testing.reason", "maturity.evidence.max-reason-length"),
                Arguments.of("\"release.ab-testing\": {\"value\": true, \"reason\": \"why\"}",
                        "answers.release.ab-testing.reason", "only given with"),
                Arguments.of("\"release.ab-testing\": {\"notApplicable\": true, \"reason\": \"x\", \"value\": true}",
                        "answers.release.ab-testing.value", "has no value"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"note\": \"n\", "
                                + "\"recordedBy\": \"ana\", \"confirmedBy\": \"ana\"}]}",
                        "answers.release.method.evidence[0].confirmedBy", "cannot confirm it"),
                Arguments.of("\"release.method\": {\"value\": \"scripted\", \"evidence\": [{\"note\": \"<script>\\u0000\"}]}",
                        "answers.release.method.evidence[0].note", "U+0000"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("refusals")
    void everyProblemOfTheRichFormNamesItsField(String answers, String field, String reason) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(answers));

        assertThat(e).as("refused").isNotNull();
        assertThat(e.errors()).filteredOn(error -> error.field().equals(field)).as(e.errors().toString())
                .singleElement().satisfies(error -> assertThat(error.reason()).contains(reason));
    }

    @Test
    void anAnswerOlderThanItsPracticesValidForIsStaleOnTheAssessmentsDay() {
        String practice = catalog.practices().stream().filter(p -> p.validForDays() != null).findFirst()
                .map(p -> p.id()).orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(practice != null, "the shipped catalog gives no practice a "
                + "Valid for; EvidenceJudgementTest covers it with its own table");
        int days = catalog.find(practice).orElseThrow().validForDays();
        String value = catalog.find(practice).orElseThrow().choices().get(1);
        TeamProfile old = read("\"" + practice + "\": {\"value\": \"" + value + "\", \"asOf\": \""
                + DAY.minusDays(days + 1) + "\"}");
        TeamProfile recent = read("\"" + practice + "\": {\"value\": \"" + value + "\", \"asOf\": \""
                + DAY.minusDays(days) + "\"}");

        assertThat(old.answers().get(practice).orElseThrow().stale()).isTrue();
        assertThat(recent.answers().get(practice).orElseThrow().stale()).isFalse();
    }

    @Test
    void aContextFieldMustBeOneTheCatalogDeclares() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TeamInputReader.read(
                "{\"context\": {\"inferense\": \"batch\"}}", catalog));

        assertThat(e.errors()).extracting(InputError::field).containsExactly("context.inferense");
    }
}
