package org.maturityadvisor.teams;

import java.util.Optional;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * A listing's {@code group} parameter read against the organisation's groups and the teams the caller may read: the
 * group and every group below it, within what the caller may read. A group the caller may not read is refused in the
 * same words as one that does not exist, so that its name does not leak. Pure: no store, no web.
 */
public final class GroupFilter {

    public static final String PARAMETER = "group";

    private GroupFilter() {
    }

    /** What a listing reads, or why it cannot: exactly one of the two is present. */
    public record Read(TeamSet teams, InputError error) {

        public Optional<InputError> refusal() {
            return Optional.ofNullable(error);
        }
    }

    /** {@code group} null or blank: every team the caller may read. */
    public static Read read(String group, GroupTree tree, TeamSet readable) {
        if (group == null || group.isBlank()) {
            return new Read(readable, null);
        }
        String id = group.strip();
        if (!mayRead(id, tree, readable)) {
            return new Read(null, new InputError(PARAMETER, "no group " + Echo.quoted(id)
                    + "; expected the id of a group (GET /api/groups lists them)"));
        }
        return new Read(readable.inGroups(tree.within(id)), null);
    }

    /** Whether the group exists and the caller may read it (a grant on it or on a group above it, or on everything). */
    public static boolean mayRead(String id, GroupTree tree, TeamSet readable) {
        return tree.group(id).isPresent() && (readable.wholeOrganisation() || readable.groups().contains(id));
    }
}
