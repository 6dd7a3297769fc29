package org.maturityadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.testing.ShippedRules;

class TeamInputReaderTest {

    private final PracticeCatalog catalog = ShippedRules.advisor().catalog();

    @Test
    void readsTypedAnswersAndLeavesOutUnansweredPractices() {
        TeamProfile team = TeamInputReader.read("""
                {"team": " Fraud ", "context": {"mlUseCases": 4, "businessCritical": true},
                 "answers": {"creation.data-pipeline": true, "release.method": "scripted",
                             "release.ab-testing": "No", "creation.managed-compute": null}}
                """, catalog);

        assertThat(team.team()).isEqualTo("Fraud");
        assertThat(team.context().mlUseCases()).isEqualTo(4);
        assertThat(team.context().inProduction()).isNull();
        assertThat(team.answers().get("release.method")).hasValueSatisfying(a -> assertThat(a.rank()).isEqualTo(2));
        assertThat(team.answers().get("release.ab-testing")).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("no"));
        assertThat(team.answers().get("creation.managed-compute")).isEmpty();
        assertThat(team.answers().size()).isEqualTo(3);
    }

    @Test
    void aTeamLeftOutOrNullIsTheUnnamedTeamForTeamIsOnlyALabel() {
        assertThat(TeamInputReader.read("{\"answers\": {}}", catalog).team()).isEqualTo("unnamed team");
        assertThat(TeamInputReader.read("{\"team\": null}", catalog).team()).isEqualTo(TeamInputReader.UNNAMED);
        assertThat(catchThrowableOfType(InvalidInputException.class, () -> TeamInputReader.read(
                "{\"team\": \" \"}", catalog)).errors()).extracting(InputError::field).containsExactly("team");
    }

    @Test
    void reportsEveryOffendingFieldAtOnce() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TeamInputReader.read("""
                {"teem": "x", "context": {"mlUseCases": -1, "critical": true, "inProduction": "yes"},
                 "answers": {"release.methd": "manual", "release.method": "continuous",
                             "creation.data-pipeline": 1, "release.ab-testing": ["yes"]}}
                """, catalog));

        assertThat(e.errors()).extracting(InputError::field).containsExactlyInAnyOrder("teem",
                "context.mlUseCases", "context.critical", "context.inProduction", "answers.release.methd",
                "answers.release.method", "answers.creation.data-pipeline", "answers.release.ab-testing");
        assertThat(e.errors()).filteredOn(error -> error.field().equals("answers.release.method")).singleElement()
                .satisfies(error -> assertThat(error.reason())
                        .isEqualTo("expected one of [not-released, manual, scripted, ci-cd-pipeline] (lowest first), got \"continuous\""));
        assertThat(e.errors()).filteredOn(error -> error.field().equals("answers.release.methd")).singleElement()
                .satisfies(error -> assertThat(error.reason()).startsWith("unknown practice id"));
    }

    @Test
    void anUnknownPracticeIdValueOrFieldSuggestsTheClosestKnownOne() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TeamInputReader.read("""
                {"teem": "x", "answers": {"release.methd": "manual", "release.method": "manul"}}
                """, catalog));

        assertThat(e.errors()).extracting(InputError::field, InputError::reason).contains(
                org.assertj.core.groups.Tuple.tuple("teem", "unknown field; expected team, context, answers; did you "
                        + "mean team?"),
                org.assertj.core.groups.Tuple.tuple("answers.release.methd", "unknown practice id; GET /api/practices "
                        + "lists the valid ones; did you mean release.method?"),
                org.assertj.core.groups.Tuple.tuple("answers.release.method", "expected one of [not-released, "
                        + "manual, scripted, ci-cd-pipeline] (lowest first), got \"manul\"; did you mean manual?"));
    }

    @Test
    void malformedJsonNamesTheLineAndColumn() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TeamInputReader.read("{\"team\": \"x\",\n \"answers\": {,}}", catalog));

        assertThat(e.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("(body)");
            assertThat(error.reason()).startsWith("not valid JSON at line 2, column");
        });
    }

    @Test
    void aPracticeAnsweredTwiceIsRefusedNotSilentlyOverwritten() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> TeamInputReader.read(
                "{\"team\": \"x\", \"answers\": {\"release.method\": \"manual\", \"release.method\": \"scripted\"}}",
                catalog));

        assertThat(e.errors()).singleElement().satisfies(error ->
                assertThat(error.reason()).contains("Duplicate", "release.method"));
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> TeamInputReader.read("[1, 2]", catalog));

        assertThat(e.errors()).extracting(InputError::field).containsExactly("(body)");
    }
}
