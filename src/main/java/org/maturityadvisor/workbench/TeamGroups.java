package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * The groups a page offers as a filter (those the caller may read, in tree order, each by its path in words) and a
 * team's group in words.
 */
public record TeamGroups(List<Option> options, Map<String, String> paths) {

    public TeamGroups {
        options = List.copyOf(options);
    }

    /** A group as a select offers it: "Retail › Pricing". */
    public record Option(String id, String words, int depth) {
    }

    static TeamGroups of(GroupTree tree, TeamSet readable) {
        Map<String, String> paths = new LinkedHashMap<>();
        List<Group> shown = tree.all().stream().filter(group -> readable(group.id(), readable)).toList();
        // a path names only the groups the caller may read: a unit above a granted sub-unit stays unnamed
        shown.forEach(group -> paths.put(group.id(), String.join(" › ", tree.path(group.id()).stream()
                .filter(step -> readable(step.id(), readable)).map(Group::name).toList())));
        List<Option> options = shown.stream().map(group -> new Option(group.id(), paths.get(group.id()),
                tree.depth(group.id()))).toList();
        return new TeamGroups(options, paths);
    }

    private static boolean readable(String id, TeamSet readable) {
        return readable.wholeOrganisation() || readable.groups().contains(id);
    }

    /** A team's group in words; "not in a group" for a team directly in the organisation. */
    public String of(String groupId) {
        return groupId == null ? "not in a group" : paths.getOrDefault(groupId, groupId);
    }

    public boolean isEmpty() {
        return options.isEmpty();
    }
}
