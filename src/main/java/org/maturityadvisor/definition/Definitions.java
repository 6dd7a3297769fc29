package org.maturityadvisor.definition;

import java.util.List;

/** Everything the decision tables define: the maturity models and the rows of the target-level table. */
public record Definitions(List<MaturityModel> models, List<TargetRule> targets) {

    public Definitions {
        models = List.copyOf(models);
        targets = List.copyOf(targets);
    }
}
