package org.maturityadvisor.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;
import org.maturityadvisor.testing.Generated;

/**
 * The input readers over generated hostile input: every document is read or refused with InvalidInputException (or a
 * limit), never another exception, and no problem repeats more than a bounded part of the input.
 */
class InputReaderPropertiesTest {

    private static final PracticeCatalog CATALOG = new PracticeCatalog(List.of(
            new Practice("release.method", "Model Release", PracticeType.CHOICE, List.of("manual", "scripted"),
                    "How?", ""),
            new Practice("creation.data-pipeline", "Model Creation", PracticeType.YES_NO, List.of(), "Pipeline?", "")));
    private static final String TEAM = "{\"team\": \"Payments\", \"context\": {\"mlUseCases\": 3, \"businessCritical\":"
            + " false}, \"answers\": {\"release.method\": \"manual\", \"creation.data-pipeline\": true}}";
    private static final String PLANS = "{\"team\": \"x\", \"answers\": {}, \"plans\": [{\"name\": \"a\", \"changes\":"
            + " {\"release.method\": \"scripted\"}}]}";

    @TestFactory
    Stream<DynamicTest> aMutatedTeamDocumentIsReadOrRefusedWithBoundedFieldErrors() {
        return Generated.property("team", 400, random -> refusedCleanly(() ->
                TeamInputReader.read(Generated.mutated(random, TEAM), CATALOG)));
    }

    @TestFactory
    Stream<DynamicTest> aMutatedSimulationIsReadOrRefusedWithBoundedFieldErrors() {
        return Generated.property("plans", 300, random -> refusedCleanly(() ->
                SimulationInputReader.plans(Generated.mutated(random, PLANS), CATALOG, 50)));
    }

    @TestFactory
    Stream<DynamicTest> anyAnswerValueIsAcceptedOnlyWhenItIsOneOfThePracticesValues() {
        return Generated.property("answer", 300, random -> {
            String value = Generated.text(random, 300);
            String json = "{\"team\": \"x\", \"answers\": {\"release.method\": "
                    + tools.jackson.databind.node.JsonNodeFactory.instance.stringNode(value) + "}}";
            Throwable thrown = catchThrowable(() -> TeamInputReader.read(json, CATALOG));
            if (List.of("manual", "scripted").contains(value.trim())) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
                assertThat(((InvalidInputException) thrown).errors().get(0).reason().length()).isLessThan(600);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> aDocumentFollowedByAnythingButWhitespaceIsRefused() {
        return Generated.property("trailing", 200, random -> {
            String tail = Generated.text(random, 20);
            Throwable thrown = catchThrowable(() -> TeamInputReader.parse(TEAM + tail));
            if (tail.isBlank() && tail.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                assertThat(thrown).isNull();
            } else {
                assertThat(thrown).isInstanceOf(InvalidInputException.class);
            }
        });
    }

    private static void refusedCleanly(Runnable read) {
        Throwable thrown = catchThrowable(read::run);
        if (thrown instanceof InvalidInputException invalid) {
            assertThat(invalid.errors()).isNotEmpty().allSatisfy(error ->
                    assertThat(error.field().length() + error.reason().length()).isLessThan(1_500));
        } else if (!(thrown instanceof LimitExceededException)) {
            assertThat(thrown).isNull();
        }
    }
}
