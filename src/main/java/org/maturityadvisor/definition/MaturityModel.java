package org.maturityadvisor.definition;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * A maturity model: how it places a team (its kind), its levels (0 first), the dimensions its criteria fall in, and
 * its criteria ordered by level and then by their row in the table.
 */
public record MaturityModel(String id, String name, String source, ModelKind kind, List<Level> levels,
                            List<Dimension> dimensions, List<Criterion> criteria) {

    public MaturityModel {
        levels = List.copyOf(levels);
        dimensions = List.copyOf(dimensions);
        criteria = List.copyOf(criteria);
    }

    public int topLevel() {
        return levels.get(levels.size() - 1).number();
    }

    public Level level(int number) {
        return levels.stream().filter(level -> level.number() == number).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id + " has no level " + number));
    }

    public List<Criterion> criteriaOf(int level) {
        return criteria.stream().filter(criterion -> criterion.level() == level).toList();
    }

    public List<Criterion> criteriaOf(String dimension) {
        return criteria.stream().filter(criterion -> criterion.dimension().equals(dimension)).toList();
    }

    /** Whether the model is a checklist (a verdict and sections, not a ladder): pages test this, never the kind's name. */
    public boolean checklist() {
        return kind == ModelKind.CHECKLIST;
    }
}
