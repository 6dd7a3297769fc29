package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.AuditEntry;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.store.TeamLifecycleStore;
import org.springframework.stereotype.Service;

/**
 * A team's life after registration: renamed (its id stays), moved to another group, archived (read only, out of the
 * portfolio) and restored, deleted with everything that refers to it. Each request is checked whole first (the name
 * by the rules of registration, the group known and one the caller may place teams in), then written in one
 * transaction with its audit entries: all of it or nothing.
 */
@Service
public class TeamLifecycle {

    /** The subject a refusal's problem is titled with. */
    static final String SUBJECT = "team change";

    private final TeamService teams;
    private final TeamLifecycleStore store;
    private final GroupStore groups;
    private final CallerTeams callers;
    private final MaturityLimits.Text text;
    private final Clock clock;

    TeamLifecycle(TeamService teams, TeamLifecycleStore store, GroupStore groups, CallerTeams callers,
                  MaturityLimits limits, Clock clock) {
        this.teams = teams;
        this.store = store;
        this.groups = groups;
        this.callers = callers;
        this.text = limits.text();
        this.clock = clock;
    }

    /**
     * @return the team as it is now
     * @throws InvalidInputException naming each field at fault (nothing is changed)
     * @throws org.maturityadvisor.store.NotFoundException for an unknown team
     */
    public StoredTeam change(String teamId, TeamChange change, String actor) {
        text.author("author", actor);
        teams.team(teamId);
        List<InputError> errors = new ArrayList<>();
        if (change.none()) {
            errors.add(new InputError("(body)", "give name, group, archived or more than one"));
        }
        String name = change.name() == null ? null : teams.name(change.name(), errors);
        GroupTree tree = groups.tree();
        if (change.moves()) {
            refuseGroup(change.group(), tree).ifPresent(reason -> errors.add(new InputError("group", reason)));
        }
        InvalidInputException.throwIfAny(SUBJECT, errors);
        store.change(teamId, new TeamLifecycleStore.Change(name, change.moves(), change.group(), change.archived()),
                actor, now(), id -> id == null ? "the organisation" : tree.pathWords(id));
        return teams.team(teamId);
    }

    /** Why a team may not go to {@code group} (null: directly in the organisation): unknown or not the caller's. */
    private Optional<String> refuseGroup(String group, GroupTree tree) {
        if (group == null) {
            return callers.mayPlaceIn(null) ? Optional.empty() : Optional.of("a team directly in the organisation,"
                    + " outside every group, needs an assessor of the whole organisation; choose one of your groups");
        }
        // a group the caller may not place teams in reads as one that does not exist: its name does not leak
        return tree.group(group).isPresent() && callers.mayPlaceIn(group) ? Optional.empty()
                : Optional.of("no group " + Echo.quoted(group));
    }

    /**
     * Deletes the team with its assessments, scans, plans and pipeline tokens, after the caller typed its id.
     *
     * @param confirm the team's id again, as typed by the caller
     * @throws InvalidInputException naming {@code confirm} when it is missing or another id
     */
    public TeamLifecycleStore.Deleted delete(String teamId, String confirm, String actor) {
        text.author("author", actor);
        teams.team(teamId);
        if (confirm == null || !confirm.strip().equals(teamId)) {
            throw new InvalidInputException("team deletion", List.of(new InputError("confirm", "type the team's id ("
                    + teamId + ") to confirm that it goes with all its assessments"
                    + (confirm == null || confirm.isBlank() ? "" : "; got " + Echo.quoted(confirm)))));
        }
        return store.delete(teamId, actor, now());
    }

    /** What happened to the team (renamed, moved, archived, restored), newest first. */
    public List<AuditEntry> happened(String teamId, int limit) {
        teams.team(teamId);
        return store.audit(teamId, limit);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
