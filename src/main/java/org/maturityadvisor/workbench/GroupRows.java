package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.teams.GroupService;

/**
 * The groups page's tree: one row a group (indented by depth), its bar of teams within it on the scale of the fullest
 * unit, its counts in words, and the parents it may move under (the organisation and every group that keeps a tree).
 */
record GroupRows(List<Row> rows, List<Option> parents, Integer outsideGroups, String words) {

    /** The bar's width in the viewBox of 100. */
    static final int WIDTH = 100;

    /** A parent to choose: its id ("" for the organisation) and its path in words. */
    record Option(String id, String words) {
    }

    record Row(GroupService.Listed listed, int bar, String counts, List<Option> moveTo) {
        public Group group() {
            return listed.group();
        }

        /** The CSS class that indents the row: depth-1 for a unit, up to depth-6. */
        public String indent() {
            return "depth-" + Math.min(Math.max(listed.depth(), 1), GroupTree.MAX_DEPTH);
        }
    }

    static GroupRows of(GroupService.Listing listing, GroupTree tree) {
        int most = listing.groups().stream().filter(GroupService.Listed::inScope)
                .mapToInt(GroupService.Listed::teamsWithin).max().orElse(0);
        List<Option> everyParent = new ArrayList<>();
        everyParent.add(new Option("", "the organisation (a unit)"));
        tree.all().forEach(group -> everyParent.add(new Option(group.id(), tree.pathWords(group.id()))));
        List<Row> rows = listing.groups().stream().map(listed -> new Row(listed, bar(listed, most),
                counts(listed), everyParent.stream().filter(option -> !option.id().equals(
                        listed.group().parentId() == null ? "" : listed.group().parentId()))
                        .filter(option -> tree.refuseParent(listed.group().id(),
                                option.id().isEmpty() ? null : option.id()).isEmpty()).toList())).toList();
        long units = listing.groups().stream().filter(listed -> listed.group().isUnit()).count();
        int groups = listing.groups().size();
        String words = groups == 0 ? "No group yet" : plural(units, "unit") + ", " + plural(groups - units,
                "sub-group");
        return new GroupRows(rows, everyParent, listing.outsideGroups(), words);
    }

    private static int bar(GroupService.Listed listed, int most) {
        return !listed.inScope() || most == 0 || listed.teamsWithin() == 0 ? 0
                : Math.max(1, Math.round(WIDTH * listed.teamsWithin() / (float) most));
    }

    private static String counts(GroupService.Listed listed) {
        if (!listed.inScope()) {
            return "shown as the path to your groups";
        }
        String within = plural(listed.teamsWithin(), "team");
        return listed.teamsWithin().equals(listed.teams()) ? within
                : within + " (" + listed.teams() + " directly in it)";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
