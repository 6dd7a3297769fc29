package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.simulation.Plan;
import org.maturityadvisor.simulation.PracticeChange;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.PlanStore;
import org.maturityadvisor.store.StoredPlan;
import org.maturityadvisor.store.TeamArchivedException;
import org.maturityadvisor.store.TeamStore;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The what-if plans saved per team: listed, saved, renamed or given new changes, removed, and compared against the
 * team's newest stored answers. Changes are checked against the active catalog when saved (a problem names
 * {@code changes.<practice>}); nothing is written when anything is wrong.
 */
@Service
public class TeamPlans {

    static final int MAX_NAME = 200;

    private final PlanStore plans;
    private final TeamStore teams;
    private final LatestAnswers latest;
    private final ActiveRuleSet ruleSet;
    private final JsonMapper json;
    private final Clock clock;
    private final MaturityLimits.Text text;

    TeamPlans(PlanStore plans, TeamStore teams, LatestAnswers latest, ActiveRuleSet ruleSet, JsonMapper json,
              Clock clock, MaturityLimits limits) {
        this.plans = plans;
        this.teams = teams;
        this.latest = latest;
        this.ruleSet = ruleSet;
        this.json = json;
        this.clock = clock;
        this.text = limits.text();
    }

    /** @throws NotFoundException for an unknown team */
    public List<SavedPlan> plans(String teamId) {
        team(teamId);
        return plans.plans(teamId).stream().map(this::saved).toList();
    }

    /** @throws NotFoundException for an unknown team or plan */
    public SavedPlan plan(String teamId, long planId) {
        team(teamId);
        return saved(plans.plan(teamId, planId).orElseThrow(() -> noPlan(teamId, planId)));
    }

    /** Saves a plan; {@code changes} maps practice ids to values as the questionnaire gives them (null: unknown). */
    public SavedPlan create(String teamId, String name, Map<String, String> changes, String author) {
        return create(teamId, name, object(changes), author);
    }

    /** As {@link #create(String, String, Map, String)}, the changes as a JSON object (booleans allowed for yes/no). */
    public SavedPlan create(String teamId, String name, JsonNode changes, String author) {
        text.author("author", author);
        writable(teamId);
        List<InputError> errors = new ArrayList<>();
        String checkedName = name(name, errors);
        String checkedChanges = changes(changes, errors);
        InvalidInputException.throwIfAny("plan", errors);
        return saved(plans.create(teamId, checkedName, checkedChanges, now(), author));
    }

    /**
     * Renames a plan and/or replaces its changes (a null argument keeps what is there).
     *
     * @throws NotFoundException for an unknown team or plan
     */
    public SavedPlan update(String teamId, long planId, String name, JsonNode changes, String author) {
        text.author("author", author);
        writable(teamId);
        StoredPlan stored = plans.plan(teamId, planId).orElseThrow(() -> noPlan(teamId, planId));
        List<InputError> errors = new ArrayList<>();
        if (name == null && changes == null) {
            errors.add(new InputError("(body)", "give name, changes or both"));
        }
        String newName = name == null ? stored.name() : name(name, errors);
        String newChanges = changes == null ? stored.changes() : changes(changes, errors);
        InvalidInputException.throwIfAny("plan", errors);
        if (!plans.update(teamId, planId, newName, newChanges, now(), author)) {
            throw noPlan(teamId, planId);
        }
        return plan(teamId, planId);
    }

    /** As {@link #update(String, long, String, JsonNode, String)}, the changes as practice id to value. */
    public SavedPlan update(String teamId, long planId, String name, Map<String, String> changes, String author) {
        return update(teamId, planId, name, changes == null ? null : object(changes), author);
    }

    /** @throws NotFoundException for an unknown team or plan */
    public void delete(String teamId, long planId) {
        writable(teamId);
        if (!plans.delete(teamId, planId)) {
            throw noPlan(teamId, planId);
        }
    }

    /**
     * Every saved plan simulated on the team's newest stored answers under the active rules, as
     * {@code POST /api/simulations} answers. A change the active catalog no longer knows is left out of its plan.
     */
    public SimulationResult compare(String teamId) {
        TeamProfile base = latest.of(teamId);
        Advisor advisor = ruleSet.get();
        List<Plan> simulated = plans.plans(teamId).stream()
                .map(stored -> new Plan(stored.name(), known(saved(stored).changes(), advisor))).toList();
        return new Simulator(advisor).simulate(base, simulated);
    }

    private static List<PracticeChange> known(Map<String, String> changes, Advisor advisor) {
        List<PracticeChange> known = new ArrayList<>();
        changes.forEach((practice, value) -> advisor.catalog().find(practice).ifPresent(p -> {
            if (value == null) {
                known.add(new PracticeChange(practice, null));
            } else if (p.rankOf(value).isPresent()) {
                known.add(new PracticeChange(practice, p.answer(value)));
            }
        }));
        return known;
    }

    private String name(String name, List<InputError> errors) {
        String stripped = name == null ? "" : StrictText.normalized(name).strip();
        if (stripped.isEmpty()) {
            errors.add(new InputError("name", "required: a name for the plan"));
        } else if (stripped.length() > MAX_NAME) {
            errors.add(new InputError("name", "at most " + MAX_NAME + " characters, got " + stripped.length()));
        } else {
            StrictText.refusal(stripped, StrictText.Field.NAME)
                    .ifPresent(why -> errors.add(new InputError("name", why)));
        }
        return stripped;
    }

    /** The changes as stored: canonical values in the order given, or null when they are not valid. */
    private String changes(JsonNode changes, List<InputError> errors) {
        if (changes == null || !changes.isObject() || changes.isEmpty()) {
            errors.add(new InputError("changes", "required: an object of practice id to the new value (null: "
                    + "unknown, \"drop\": its lowest value), at least one"));
            return null;
        }
        try {
            Map<String, String> canonical = new LinkedHashMap<>();
            SimulationInputReader.changes(changes, "changes", ruleSet.get().catalog())
                    .forEach(change -> canonical.put(change.practice(), change.value()));
            return json.writeValueAsString(canonical);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private ObjectNode object(Map<String, String> changes) {
        ObjectNode node = json.createObjectNode();
        changes.forEach(node::put);
        return node;
    }

    private SavedPlan saved(StoredPlan stored) {
        Map<String, String> changes = json.readValue(stored.changes(), new TypeReference<LinkedHashMap<String, String>>() {
        });
        return new SavedPlan(stored.id(), stored.teamId(), stored.name(), changes, stored.createdAt(),
                stored.createdBy(), stored.updatedAt(), stored.updatedBy());
    }

    private void team(String teamId) {
        teams.team(teamId).orElseThrow(() -> new NotFoundException("no team " + teamId));
    }

    /** An archived team's plans are read only until it is restored. */
    private void writable(String teamId) {
        if (teams.team(teamId).orElseThrow(() -> new NotFoundException("no team " + teamId)).archived()) {
            throw new TeamArchivedException(teamId);
        }
    }

    private static NotFoundException noPlan(String teamId, long planId) {
        return new NotFoundException("team " + teamId + " has no plan " + planId);
    }

    private OffsetDateTime now() {
        // microseconds: what both databases keep, so a stored time reads back equal
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
