package org.maturityadvisor.teams;

import java.util.List;
import java.util.Map;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.springframework.stereotype.Service;

/**
 * Where a group stands: its path, its sub-groups with their counts, the levels of its teams (this group and below)
 * per model with the gap to target, rolled up per sub-group, the teams that need help most, every team with its
 * newest levels, target and gap, and teams per level month by month. Only what the caller may read.
 */
@Service
public class GroupOverview {

    /** The teams the overview lists (widest gap first); the portfolio filtered by the group lists the rest. */
    public static final int TEAMS = 200;
    /** The teams named as needing help most: the widest gaps to target. */
    public static final int NEED_HELP = 5;
    static final int TOP_BLOCKERS = 5;

    private final TeamScope scope;
    private final PortfolioService portfolio;

    GroupOverview(TeamScope scope, PortfolioService portfolio) {
        this.scope = scope;
        this.portfolio = portfolio;
    }

    public List<org.maturityadvisor.definition.MaturityModel> models() {
        return portfolio.models();
    }

    /** A group on the way from the top of what the caller may read down to this group. */
    public record Step(String id, String name) {
    }

    /** A sub-group directly under the group: its teams (it and below), those assessed. */
    public record SubGroup(String id, String name, int teams, int assessed) {
    }

    /**
     * @param group     the group itself
     * @param path      from the highest group the caller may read down to this one, this one last
     * @param subGroups the groups directly under it
     * @param levels    counts per level per model, common blockers, trend and roll-up per sub-group
     * @param teams     its teams (this group and below), widest gap to target first, at most {@link #TEAMS}
     * @param needHelp  the first of those below target, at most {@link #NEED_HELP}
     */
    public record View(Group group, List<Step> path, List<SubGroup> subGroups, PortfolioView levels,
                       PortfolioTeamsView teams, List<PortfolioTeamsView.TeamRow> needHelp) {

        public View {
            path = List.copyOf(path);
            subGroups = List.copyOf(subGroups);
            needHelp = List.copyOf(needHelp);
        }
    }

    /** @throws org.maturityadvisor.store.NotFoundException when there is no such group or the caller may not read it */
    public View of(String id) {
        Group group = scope.group(id);
        GroupTree tree = scope.tree();
        TeamSet readable = scope.readable();
        TeamSet teams = scope.readable(id);
        List<Step> path = tree.path(id).stream()
                .filter(step -> readable.wholeOrganisation() || readable.groups().contains(step.id()))
                .map(step -> new Step(step.id(), step.name())).toList();
        PortfolioView levels = portfolio.overview(TOP_BLOCKERS, teams, id);
        List<SubGroup> subGroups = levels.rollUp().rows().stream().filter(row -> !row.direct())
                .map(row -> new SubGroup(row.group(), row.name(), row.teams(), row.assessed())).toList();
        PortfolioTeamsView listed = portfolio.teams(Map.of(GroupFilter.PARAMETER, id, "size",
                String.valueOf(TEAMS)));
        List<PortfolioTeamsView.TeamRow> needHelp = listed.teams().stream()
                .filter(team -> team.target() != null && team.target().gap() != null && team.target().gap() > 0)
                .limit(NEED_HELP).toList();
        return new View(group, path, subGroups, levels, listed, needHelp);
    }
}
