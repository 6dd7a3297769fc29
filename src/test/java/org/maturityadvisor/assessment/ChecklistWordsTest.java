package org.maturityadvisor.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.testing.ChecklistResult;

/** A checklist result in words: the verdict by the source's rule, the extras beside it, each section's completion. */
class ChecklistWordsTest {

    @Test
    void aModelShortOfItsVerdictSaysHowManyRequiredSectionsAreCompleteAndNamesTheVerdictItMisses() {
        assertThat(ChecklistWords.verdict(ChecklistResult.notComplete()))
                .isEqualTo("not yet Mature: 1 of 2 required sections complete");
    }

    @Test
    void aCompleteModelReadsAsItsLevelName() {
        assertThat(ChecklistWords.verdict(ChecklistResult.complete())).isEqualTo("Mature");
    }

    @Test
    void theExtrasProgressIsSaidBesideTheVerdictEvenWhenTheVerdictIsReached() {
        assertThat(ChecklistWords.extras(ChecklistResult.complete()))
                .isEqualTo("extra section: 1 of 2 statements met, 0 of 1 section complete");
    }

    @ParameterizedTest(name = "{0}/{1} of {2}, complete {3}: {4}")
    @CsvSource(delimiter = ';', value = {
            "8; 8; 8; true; 8 of 8 met, complete",
            "18; 20; 20; false; 18 of 20 met, 2 unmet",
            "3; 3; 4; true; 3 of 3 met, complete (1 not applicable)",
            "0; 0; 2; true; none of its 2 statements apply: complete",
            "0; 0; 1; true; its one statement does not apply: complete"})
    void aSectionReadsAsMetOfApplicable(int met, int applicable, int total, boolean complete, String words) {
        assertThat(ChecklistWords.section(new SectionCompletion("S", SectionRole.REQUIRED, met, applicable, total,
                complete, List.of()))).isEqualTo(words);
    }

    @Test
    void requiredSectionsComeFirstEachGroupInTableOrder() {
        ModelAssessment model = ChecklistResult.notComplete();
        List<SectionCompletion> mixed = List.of(model.sections().get(2), model.sections().get(0),
                model.sections().get(1));
        ModelAssessment reordered = new ModelAssessment(model.model(), model.modelName(), model.kind(), 0, null, 1,
                null, null, "", model.dimensions(), model.met(), model.blockedLevels(), List.of(), List.of(), mixed);
        assertThat(ChecklistWords.requiredFirst(reordered)).extracting(SectionCompletion::section)
                .containsExactly("Documentation", "Traceability", "Extras");
    }

    @Test
    void aBlankLevelNameOnBothLevelsReadsAsCompleteOrNotComplete() {
        ModelAssessment model = ChecklistResult.notComplete();
        ModelAssessment unnamed = new ModelAssessment(model.model(), model.modelName(), model.kind(), 0, null, 1,
                null, null, "", model.dimensions(), model.met(),
                List.of(new BlockedLevel(1, null, model.blockedLevels().get(0).blockers())), List.of(), List.of(),
                model.sections());
        assertThat(ChecklistWords.verdict(unnamed)).isEqualTo("not complete: 1 of 2 required sections complete");
    }
}
