package org.maturityadvisor.definition;

import java.util.List;
import java.util.Set;

/** Everything the decision tables define: the maturity models and the rows of the target-level table. */
public record Definitions(List<MaturityModel> models, List<TargetRule> targets) {

    public Definitions {
        models = List.copyOf(models);
        targets = List.copyOf(targets);
    }

    /** Only these models, and the target rows only when their model is one of them. */
    public Definitions only(Set<String> modelIds) {
        return new Definitions(models.stream().filter(m -> modelIds.contains(m.id())).toList(),
                targets.stream().filter(t -> modelIds.contains(t.model())).toList());
    }
}
