package org.maturityadvisor.teams;

import java.util.Comparator;
import java.util.List;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.store.StoredLevel;

/**
 * One model order everywhere: the order the rule set lists its models (as in every result), with models the active
 * rule set no longer has after them, by id. Stored levels come back from the database by model id.
 */
final class ModelOrder {

    private final List<String> models;

    ModelOrder(Advisor advisor) {
        this.models = advisor.models().stream().map(MaturityModel::id).toList();
    }

    List<StoredLevel> sorted(List<StoredLevel> levels) {
        return levels.stream().sorted(Comparator.comparingInt((StoredLevel level) -> rank(level.model()))
                .thenComparing(StoredLevel::model)).toList();
    }

    private int rank(String model) {
        int index = models.indexOf(model);
        return index < 0 ? models.size() : index;
    }
}
