package org.maturityadvisor.web;

import java.util.List;

import org.maturityadvisor.teams.GroupOverview;
import org.maturityadvisor.teams.PortfolioTeamsView;
import org.maturityadvisor.teams.PortfolioView;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Where a group stands ({@code GET /api/groups/{id}}): its path, sub-groups with counts, the levels of its teams (this
 * group and below) per model rolled up per sub-group, the gap to target, the teams needing help most, every team with
 * its newest levels, and the trend. A group the caller may not read is a 404, as one that does not exist.
 */
@RestController
class GroupOverviewController {

    private final GroupOverview overview;

    GroupOverviewController(GroupOverview overview) {
        this.overview = overview;
    }

    /** The group: its id, name and parent (null: a unit directly under the organisation). */
    record GroupRef(String id, String name, String parent) {
    }

    /** The teams of the group and below, widest gap first: how many there are, the first of them. */
    record Teams(long total, List<PortfolioTeamsView.TeamRow> items, String more) {
    }

    /**
     * @param path      from the highest group the caller may read down to this one
     * @param subGroups the groups directly under it, with their teams and those assessed
     * @param levels    per model teams per level, the commonest blockers, the trend; {@code rollUp}: per sub-group
     * @param needHelp  the teams furthest below their target
     */
    record GroupPage(GroupRef group, List<GroupOverview.Step> path, List<GroupOverview.SubGroup> subGroups,
                     PortfolioView levels, List<PortfolioTeamsView.TeamRow> needHelp, Teams teams) {
    }

    @Operation(operationId = "readGroup", summary = "Where a group stands",
            description = "The group's path and sub-groups (with counts), its teams' levels (the group and every "
                    + "group below it) per model, rolled up per sub-group, with the gap to target and the trend; "
                    + "the teams that need help most and every team with its newest levels, target and gap (at most "
                    + GroupOverview.TEAMS + "; `more` lists the rest through the portfolio). Each level rests on the "
                    + "team's newest stored answers. Archived teams never count.",
            responses = {
                @ApiResponse(responseCode = "200", description = "The group",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                                schema = @Schema(implementation = GroupPage.class))),
                @ApiResponse(responseCode = "404", description = "No such group, or one the caller may not read")})
    @GetMapping(path = "/api/groups/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    GroupPage group(@PathVariable String id) {
        GroupOverview.View view = overview.of(id);
        var teams = view.teams();
        String more = teams.total() > teams.teams().size() ? "/api/portfolio/teams?group=" + view.group().id() : null;
        return new GroupPage(new GroupRef(view.group().id(), view.group().name(), view.group().parentId()),
                view.path(), view.subGroups(), view.levels(), view.needHelp(),
                new Teams(teams.total(), teams.teams(), more));
    }
}
