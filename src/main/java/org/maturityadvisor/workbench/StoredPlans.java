package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.simulation.PracticeChange;
import org.springframework.stereotype.Component;

/** A stored team's kept plans, as the team's plans service keeps them: the workbench's one door to it. */
@Component
class StoredPlans {

    List<KeptPlan> of(String team) {
        return List.of();
    }

    void keep(String team, String name, List<PracticeChange> changes, String actor) {
        throw new UnsupportedOperationException("plans are not stored yet");
    }

    void rename(String team, String plan, String name, String actor) {
        throw new UnsupportedOperationException("plans are not stored yet");
    }

    void remove(String team, String plan, String actor) {
        throw new UnsupportedOperationException("plans are not stored yet");
    }
}
