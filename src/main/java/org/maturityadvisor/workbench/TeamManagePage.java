package org.maturityadvisor.workbench;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.StoredTeam;
import org.maturityadvisor.teams.TeamLifecycle;
import org.springframework.stereotype.Component;

/**
 * The team page's "Manage team" section: where the team sits, whether it is archived, the groups it may move to, and
 * what happened to it (its audit entries), for the forms of {@link TeamManageController}. Read by the page's fragment
 * ({@code fragments/team-manage.html}, as {@code @teamManage}), as the repository section reads its own.
 */
@Component("teamManage")
public class TeamManagePage {

    static final int HAPPENED = 50;

    private final GroupStore groups;
    private final CallerTeams callers;
    private final TeamLifecycle lifecycle;

    TeamManagePage(GroupStore groups, CallerTeams callers, TeamLifecycle lifecycle) {
        this.groups = groups;
        this.callers = callers;
        this.lifecycle = lifecycle;
    }

    /** A group the team may move to, indented by its depth in the tree, the current one marked. */
    public record GroupOption(String id, String words, boolean current) {
    }

    /**
     * @param place     where the team sits, in words ("Retail › Pricing", "directly in the organisation")
     * @param archivedOn the day it was archived (UTC), null when it is not
     * @param groups    the groups it may move to ("" first: directly in the organisation, when the caller may)
     * @param happened  its audit entries, newest first, as sentences
     */
    public record View(String place, String archivedOn, List<GroupOption> groups, List<AuditLine> happened) {

        public boolean archived() {
            return archivedOn != null;
        }
    }

    public View of(StoredTeam team) {
        GroupTree tree = groups.tree();
        List<GroupOption> options = new ArrayList<>();
        if (callers.mayPlaceIn(null)) {
            options.add(new GroupOption("", "Directly in the organisation (no group)", team.groupId() == null));
        }
        tree.all().stream().filter(group -> callers.mayPlaceIn(group.id())).forEach(group -> options.add(
                new GroupOption(group.id(), tree.pathWords(group.id()), group.id().equals(team.groupId()))));
        String place = team.groupId() == null ? "directly in the organisation, outside every group"
                : "in " + tree.pathWords(team.groupId());
        return new View(place, team.archived() ? team.archivedAt().withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate().toString() : null, List.copyOf(options),
                lifecycle.happened(team.id(), HAPPENED).stream().map(entry -> AuditLine.of(entry, hash -> null))
                        .toList());
    }
}
