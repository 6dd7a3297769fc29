package org.maturityadvisor.teams;

import java.util.List;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Which teams a listing of the current request reads: the caller's readable teams ({@link CallerTeams}) narrowed by
 * the request's {@code group} filter, archived teams only where a team list asks for them. Every listing (team lists,
 * the portfolio and its charts, exports, a group's page) takes its {@link TeamSet} from here.
 */
@Service
public class TeamScope {

    public static final String ARCHIVED = "archived";

    private final CallerTeams callerTeams;
    private final GroupStore groups;

    TeamScope(CallerTeams callerTeams, GroupStore groups) {
        this.callerTeams = callerTeams;
        this.groups = groups;
    }

    public GroupTree tree() {
        return groups.tree();
    }

    /**
     * Whether the caller may change this team (store an assessment for it): an archived one counts, so that it is
     * refused as archived, not as unknown.
     */
    public boolean writable(org.maturityadvisor.store.StoredTeam team) {
        return callerTeams.writable().withArchived(true).includes(team.id(), team.groupId(), team.archived());
    }

    /** Every team the caller may read (never an archived one). */
    public TeamSet readable() {
        return callerTeams.readable().withArchived(false);
    }

    /**
     * The caller's teams in {@code group} and below (null or blank: all of them), never an archived one.
     *
     * @throws InvalidInputException naming {@code group} when there is no such group or the caller may not read it
     */
    public TeamSet readable(String group) {
        GroupFilter.Read read = GroupFilter.read(group, tree(), readable());
        read.refusal().ifPresent(error -> {
            throw new InvalidInputException("query parameter", List.of(error));
        });
        return read.teams();
    }

    /**
     * A team list's teams: as {@link #readable(String)}, archived ones too when {@code archived} is {@code include}.
     *
     * @throws InvalidInputException naming {@code group} or {@code archived}
     */
    public TeamSet listed(String group, String archived) {
        boolean include = includeArchived(archived);
        return readable(group).withArchived(include);
    }

    /** {@code include} or {@code exclude} (null or blank: exclude). @throws InvalidInputException naming archived */
    public static boolean includeArchived(String archived) {
        if (archived == null || archived.isBlank() || archived.equals("exclude")) {
            return false;
        }
        if (archived.equals("include")) {
            return true;
        }
        throw new InvalidInputException("query parameter", List.of(new InputError(ARCHIVED,
                "expected include or exclude, got " + Echo.quoted(archived))));
    }

    /**
     * A group the caller may read, for its page.
     *
     * @throws NotFoundException when there is no such group or the caller may not read it (the same words for both)
     */
    public Group group(String id) {
        GroupTree tree = tree();
        if (id == null || !GroupFilter.mayRead(id, tree, readable())) {
            throw new NotFoundException("no group " + id);
        }
        return tree.group(id).orElseThrow();
    }
}
