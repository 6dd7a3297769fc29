package org.maturityadvisor.ruleset;

import org.maturityadvisor.testing.ShippedFindings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.testing.RulesFixture;
import org.maturityadvisor.testing.ShippedRules;

/**
 * The Microsoft table as real LibreOffice Calc 7.4 saves it (see {@code src/test/resources/libreoffice/NOTES.md}):
 * re-saved untouched it validates with no finding and defines exactly the shipped model; with one cell edited in
 * LibreOffice, exactly that cell changes.
 */
class LibreOfficeRoundTripTest {

    private static final List<RuleFile> SHIPPED = RuleSetLoader.read(ShippedRules.DIRECTORY);

    @Test
    void aTableSavedByLibreOfficeValidatesAndDefinesTheShippedModel() {
        ValidationReport report = validateUpload("/libreoffice/microsoft-mlops.drl.xlsx");

        assertThat(ShippedFindings.beyondShipped(report.findings())).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.compiled().map(Advisor::models)).hasValue(ShippedRules.advisor().models());
    }

    @Test
    void aCellEditedInLibreOfficeIsTheOnlyChange() {
        ValidationReport report = validateUpload("/libreoffice/edited/microsoft-mlops.drl.xlsx");

        assertThat(ShippedFindings.beyondShipped(report.findings())).isEmpty();
        MaturityModel edited = report.compiled().orElseThrow().models().get(0);
        MaturityModel shipped = ShippedRules.advisor().models().get(0);
        assertThat(edited.levels()).isEqualTo(shipped.levels());
        assertThat(edited.criteria()).hasSameSizeAs(shipped.criteria());
        for (int i = 0; i < shipped.criteria().size(); i++) {
            Criterion ours = edited.criteria().get(i);
            Criterion theirs = shipped.criteria().get(i);
            if (ours.id().equals("ms-data-pipeline")) {
                assertThat(ours.remediation()).endsWith("in a known, versioned place.");
                assertThat(ours.source().row()).isEqualTo(28);
            } else {
                assertThat(ours).isEqualTo(theirs);
            }
        }
    }

    private static ValidationReport validateUpload(String resource) {
        try (InputStream in = LibreOfficeRoundTripTest.class.getResourceAsStream(resource)) {
            DraftFiles.Draft draft = DraftFiles.fromUpload(RulesFixture.TABLE, in.readAllBytes(), SHIPPED);
            return RuleSetValidator.validate(draft, SHIPPED);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
