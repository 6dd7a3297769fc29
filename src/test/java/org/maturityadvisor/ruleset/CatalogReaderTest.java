package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.ruleset.RuleFile;

/** A practices.csv that is not valid CSV is a rule-set problem naming its line, never an unexplained failure. */
class CatalogReaderTest {

    private static final String HEADER = "id,dimension,type,choices,question,help\n";

    @Test
    void anUnbalancedQuoteIsAProblemNamingTheLineWhereTheQuotedTextStarts() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> CatalogReader.read(file(HEADER
                + "release.method,Model Release,choice,manual|scripted,How is a model released?,\n"
                + "release.ab-testing,Model Release,yes-no,,\"Is A/B testing used?,\n"
                + "x.y,People,yes-no,,Q,\n")));

        assertThat(e).isNotNull();
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("practices.csv");
            assertThat(problem.location()).isEqualTo("line 3");
            assertThat(problem.message()).contains("not valid CSV", "EOF");
        });
    }

    @Test
    void aStrayQuoteAfterAQuotedTextNamesItsLine() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> CatalogReader.read(file(HEADER
                + "x.y,People,yes-no,,\"Q\"x,\n")));

        assertThat(e.problems().get(0).location()).isEqualTo("line 2");
    }

    private static final String WITH_VALID_FOR = "id,dimension,type,choices,question,help,valid for\n";

    @Test
    void aPracticesValidForIsItsDaysAndContextRowsAreContextFieldsNotPractices() {
        var catalog = CatalogReader.read(file(WITH_VALID_FOR
                + "release.method,Model Release,choice,manual|scripted,How is a model released?,,180\n"
                + "release.ab-testing,Model Release,yes-no,,Is A/B testing used?,,\n"
                + "context.inference,Context,choice,batch|real-time|both,How are predictions served?,,\n"));

        assertThat(catalog.find("release.method").orElseThrow().validForDays()).isEqualTo(180);
        assertThat(catalog.find("release.ab-testing").orElseThrow().validForDays()).isNull();
        assertThat(catalog.practices()).extracting(p -> p.id()).containsExactly("release.method",
                "release.ab-testing");
        assertThat(catalog.contextField("inference")).hasValueSatisfying(field ->
                assertThat(field.choices()).containsExactly("batch", "real-time", "both"));
    }

    @Test
    void aBadValidForOrAContextRowOutsideContextIsAProblemNamingItsLineAndColumn() {
        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> CatalogReader.read(file(
                WITH_VALID_FOR
                + "release.method,Model Release,choice,manual|scripted,How is a model released?,,a year\n"
                + "context.regulated,People,yes-no,,Is the domain regulated?,,\n"
                + "context.inference,Context,choice,batch|real-time,How are predictions served?,,30\n")));

        assertThat(e.problems()).extracting(p -> p.location()).containsExactly("line 2, column valid for",
                "line 3, column dimension", "line 4, column valid for");
    }

    private static RuleFile file(String text) {
        return new RuleFile("practices.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
