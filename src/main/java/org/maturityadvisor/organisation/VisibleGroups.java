package org.maturityadvisor.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups a caller may see, in the tree's order: those whose teams they may read ({@link CallerTeams#readable()}),
 * and, as context only, the groups above them, so that "Retail › Pricing" reads whole to a viewer of Pricing without
 * showing what else Retail holds. A caller who may read one team sees only the path to that team's group, as context.
 */
public final class VisibleGroups {

    /** A group shown, in scope (its teams readable) or only as the context of one that is. */
    public record Visible(Group group, boolean inScope) {
    }

    private VisibleGroups() {
    }

    /**
     * @param readable  the teams the caller may read
     * @param teamGroup the group of the one team a single-team set allows (null: none, or outside every group)
     */
    public static List<Visible> of(GroupTree tree, TeamSet readable, String teamGroup) {
        if (readable.team() != null) {
            Set<String> path = new HashSet<>();
            tree.path(teamGroup).forEach(group -> path.add(group.id()));
            return tree.all().stream().filter(group -> path.contains(group.id()))
                    .map(group -> new Visible(group, false)).toList();
        }
        if (readable.wholeOrganisation()) {
            return tree.all().stream().map(group -> new Visible(group, true)).toList();
        }
        Set<String> inScope = readable.groups();
        Set<String> context = new HashSet<>();
        inScope.forEach(id -> tree.path(id).forEach(group -> context.add(group.id())));
        return tree.all().stream().filter(group -> context.contains(group.id()))
                .map(group -> new Visible(group, inScope.contains(group.id()))).toList();
    }
}
