package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.Alignment;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.testing.ChecklistTable;

/**
 * One model order everywhere (results, history, portfolio): the crosswalk's reference first, then the models that
 * line up with it, then the models not on the crosswalk. A model with a blank Crosswalk is not the reference because
 * of it: adding one whose file name sorts first must not put it before the primary model.
 */
class ModelOrderTest {

    @TempDir
    Path temp;

    @Test
    void aModelNotOnTheCrosswalkComesAfterTheReferenceAndEveryModelLinedUpWithItWhateverItsFileName() {
        Advisor advisor = RuleSetLoader.load(ChecklistTable.into(temp).directory());
        List<MaturityModel> models = advisor.models();
        List<String> ids = models.stream().map(MaturityModel::id).toList();
        String reference = models.stream().flatMap(model -> model.levels().stream()).map(Level::alignment)
                .filter(Objects::nonNull).map(Alignment::model).findFirst().orElseThrow();
        int lastLinedUp = IntStream.range(0, models.size())
                .filter(i -> models.get(i).levels().stream().anyMatch(level -> level.alignment() != null))
                .max().orElseThrow();

        assertThat(ChecklistTable.FILE).as("sorts before every shipped table").startsWith("ch");
        assertThat(ids.get(0)).as("the reference first: " + ids).isEqualTo(reference);
        assertThat(ids.indexOf("check")).as(ids.toString()).isGreaterThan(lastLinedUp);
        assertThat(advisor.assess(new org.maturityadvisor.assessment.TeamProfile("t",
                org.maturityadvisor.assessment.TeamContext.unknown(), org.maturityadvisor.catalog.Answers.none()))
                .models()).extracting(m -> m.model()).containsExactlyElementsOf(ids);
    }
}
