package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.simulation.PracticeChange;
import org.maturityadvisor.teams.TeamPlans;
import org.springframework.stereotype.Component;

/** A stored team's kept plans, as {@link TeamPlans} keeps them: the workbench's one door to them. */
@Component
class StoredPlans {

    private final TeamPlans plans;

    StoredPlans(TeamPlans plans) {
        this.plans = plans;
    }

    List<KeptPlan> of(String team) {
        return plans.plans(team).stream()
                .map(plan -> new KeptPlan(String.valueOf(plan.id()), plan.name(), plan.changes())).toList();
    }

    void keep(String team, String name, List<PracticeChange> changes, String actor) {
        Map<String, String> values = new LinkedHashMap<>();
        changes.forEach(change -> values.put(change.practice(), change.value()));
        plans.create(team, name, values, actor);
    }

    void rename(String team, long plan, String name, String actor) {
        plans.update(team, plan, name, (Map<String, String>) null, actor);
    }

    void remove(String team, long plan) {
        plans.delete(team, plan);
    }
}
