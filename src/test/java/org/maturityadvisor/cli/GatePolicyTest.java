package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;

/** A gate policy file read on its own: the levels it requires in its order, or every mistake in it listed. */
class GatePolicyTest {

    @Test
    void readsTheRequiredLevelOfEachModelInTheFilesOrder() {
        assertThat(GatePolicy.read("{\"require\": {\"microsoft\": 2, \"ml-test-score\": 1, \"google\": 0}}"))
                .containsExactly(Map.entry("microsoft", 2), Map.entry("ml-test-score", 1), Map.entry("google", 0));
    }

    @Test
    void anEmptyRequirementIsReadAsNothingRequired() {
        assertThat(GatePolicy.read("{\"require\": {}}")).isEmpty();
    }

    /** The shape is wrong: one error, on the policy as a whole. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"require\": | not JSON: ",
            "[] | expected {\"require\": {\"<model>\": <level>, ...}}",
            "{} | expected {\"require\": {\"<model>\": <level>, ...}}",
            "{\"require\": [2]} | expected {\"require\": {\"<model>\": <level>, ...}}",
            "{\"require\": 2} | expected {\"require\": {\"<model>\": <level>, ...}}"})
    void aPolicyOfTheWrongShapeIsRefusedAsAWhole(String json, String reason) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> GatePolicy.read(json));

        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("(policy)");
            assertThat(error.reason()).startsWith(reason.strip());
        });
    }

    @Test
    void everyUnknownFieldAndEveryLevelThatIsNotAWholeNumberIsListed() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> GatePolicy.read(
                "{\"require\": {\"microsoft\": \"two\", \"google\": 1.5, \"six-stage\": 3}, \"x\": 1, \"y\": 2}"));

        assertThat(refused.errors()).extracting(InputError::field)
                .containsExactlyInAnyOrder("x", "y", "require.microsoft", "require.google");
        assertThat(refused.errors()).filteredOn(e -> e.field().equals("require.google")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("expected a level (a whole number), got 1.5"));
        assertThat(refused.errors()).filteredOn(e -> e.field().equals("x")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("unknown field; expected require"));
    }
}
