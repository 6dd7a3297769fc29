package org.maturityadvisor.teams;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.input.StrictText;
import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupChange;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.organisation.VisibleGroups;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.GroupExistsException;
import org.maturityadvisor.store.GroupStore;
import org.maturityadvisor.store.RuleSetStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The organisation's groups: the tree as a caller may see it, and creating, renaming, moving and deleting a group as
 * {@link GroupChange} allows. Each change is one transaction that holds the tree's lock, writes, bumps the
 * organisation's revision and records who did it in the audit trail.
 */
@Service
public class GroupService {

    private final GroupStore groups;
    private final RuleSetStore audit;
    private final TransactionTemplate transactions;
    private final CallerTeams callerTeams;
    private final MaturityLimits.Text text;
    private final Clock clock;

    GroupService(GroupStore groups, RuleSetStore audit, TransactionTemplate transactions, CallerTeams callerTeams,
                 MaturityLimits limits, Clock clock) {
        this.groups = groups;
        this.audit = audit;
        this.transactions = transactions;
        this.callerTeams = callerTeams;
        this.text = limits.text();
        this.clock = clock;
    }

    /**
     * One group as a caller sees it: its path in words, how deep it sits, whether its teams are in the caller's scope
     * (false: shown only as the context of one that is), and how many of the teams the caller may read sit in it
     * directly and in it or below (null out of scope).
     */
    public record Listed(Group group, String path, int depth, boolean inScope, Integer teams, Integer teamsWithin) {
    }

    /**
     * The groups a caller sees, units first each followed by its sub-groups, and how many readable teams sit outside
     * every group (null when the caller may not read the whole organisation).
     */
    public record Listing(List<Listed> groups, Integer outsideGroups) {
    }

    /** The groups the caller may see ({@link VisibleGroups}) with the counts of the teams they may read. */
    public Listing list() {
        TeamSet readable = callerTeams.readable();
        GroupTree tree = groups.tree();
        String teamGroup = readable.team() == null ? null
                : groups.groupOf(readable.team()).flatMap(group -> group).orElse(null);
        Map<String, Integer> counts = groups.teamCounts(readable);
        List<Listed> listed = VisibleGroups.of(tree, readable, teamGroup).stream().map(visible -> {
            String id = visible.group().id();
            Integer direct = visible.inScope() ? counts.getOrDefault(id, 0) : null;
            Integer within = visible.inScope() ? tree.within(id).stream()
                    .mapToInt(group -> counts.getOrDefault(group, 0)).sum() : null;
            return new Listed(visible.group(), tree.pathWords(id), tree.depth(id), visible.inScope(), direct, within);
        }).toList();
        boolean whole = readable.wholeOrganisation() && readable.team() == null;
        return new Listing(listed, whole ? counts.getOrDefault(null, 0) : null);
    }

    public GroupTree tree() {
        return groups.tree();
    }

    /**
     * @param parentId null: a unit directly under the organisation
     * @throws GroupRefusedException naming the field at fault (a bad id or name, an unknown parent, too deep: 400;
     *                               the id taken: 409)
     */
    public Group create(String id, String name, String parentId, String actor) {
        String clean = clean(name);
        return inTransaction(() -> {
            GroupTree tree = groups.tree();
            refuseIf(GroupChange.create(tree, id, clean, parentId, text.teamName()));
            Group group;
            try {
                group = groups.create(new Group(id, clean, parentId), actor, now());
            } catch (GroupExistsException raced) {
                throw new GroupRefusedException(new GroupChange.Refusal(GroupChange.Kind.CONFLICT,
                        List.of(new GroupChange.Problem("id", raced.getMessage()))));
            }
            record(actor, AuditAction.GROUP_CREATED, "group " + id + " \"" + clean + "\" created "
                    + under(groups.tree(), parentId));
            return group;
        });
    }

    /**
     * A new name and/or a new parent for a group (each empty: kept; {@link Parent#id()} null: directly under the
     * organisation).
     *
     * @throws GroupRefusedException 404 for an unknown group, else 400 naming the field
     */
    public Group change(String id, Optional<String> name, Optional<Parent> parent, String actor) {
        String clean = name.map(this::clean).orElse(null);
        return inTransaction(() -> {
            GroupTree tree = groups.tree();
            refuseIf(GroupChange.change(tree, id, clean, parent.isPresent(),
                    parent.isPresent() ? parent.get().id() : null, text.teamName()));
            Group before = tree.group(id).orElseThrow();
            if (clean != null && !clean.equals(before.name())) {
                groups.rename(id, clean);
                record(actor, AuditAction.GROUP_RENAMED, "group " + id + " renamed from \"" + before.name()
                        + "\" to \"" + clean + "\"");
            }
            // not parent.map(Parent::id): a null id (directly under the organisation) would read as "kept"
            String newParent = parent.isPresent() ? parent.get().id() : before.parentId();
            if (!Objects.equals(newParent, before.parentId())) {
                groups.reparent(id, newParent);
                record(actor, AuditAction.GROUP_MOVED, "group " + id + " moved from " + under(tree,
                        before.parentId()) + " to " + under(tree, newParent));
            }
            return new Group(id, clean == null ? before.name() : clean, newParent);
        });
    }

    /** A new parent: a group's id, or null for directly under the organisation. */
    public record Parent(String id) {
    }

    /** @throws GroupRefusedException 404 for an unknown group, 409 naming what a non-empty group still holds */
    public void delete(String id, String actor) {
        inTransaction(() -> {
            GroupTree tree = groups.tree();
            int teams = tree.group(id).isPresent() && groups.lock(id) ? groups.teamsIn(id) : 0;
            refuseIf(GroupChange.delete(tree, id, teams));
            Group gone = tree.group(id).orElseThrow();
            groups.delete(id);
            record(actor, AuditAction.GROUP_DELETED, "group " + id + " \"" + gone.name() + "\" deleted "
                    + under(tree, gone.parentId()).replaceFirst("^under", "from under"));
            return null;
        });
    }

    /**
     * Why a team may not be placed in {@code groupId} by this caller, or empty when it may: the group must exist and
     * be one the caller may place teams in; a group they may not is refused in the same words as one that does not
     * exist, so that no group's name leaks.
     */
    public Optional<String> refusePlacement(String groupId) {
        return placements().refuse(groupId);
    }

    /** Where this caller may place new teams, read once (an import asks for every row). */
    public Placements placements() {
        GroupTree tree = groups.tree();
        Set<String> allowed = new HashSet<>();
        tree.all().stream().map(Group::id).filter(callerTeams::mayPlaceIn).forEach(allowed::add);
        return new Placements(tree, Set.copyOf(allowed), callerTeams.mayPlaceIn(null));
    }

    /**
     * The groups a caller may place new teams in, and whether directly in the organisation, with the tree they were
     * read from (for a group's path in words).
     */
    public record Placements(GroupTree tree, Set<String> allowed, boolean organisation) {

        /** Why a new team may not go into {@code groupId} (null: directly in the organisation), or empty. */
        public Optional<String> refuse(String groupId) {
            if (groupId == null) {
                return organisation ? Optional.empty()
                        : Optional.of("choose a group: you may place teams only in the groups you assess");
            }
            return allowed.contains(groupId) ? Optional.empty() : Optional.of("no group " + groupId);
        }
    }

    private String clean(String name) {
        if (name == null) {
            return null;
        }
        String clean = StrictText.normalized(name.strip());
        var refused = MaturityLimits.Text.refused("name", clean, StrictText.Field.NAME);
        if (refused != null) {
            throw new GroupRefusedException(new GroupChange.Refusal(GroupChange.Kind.INVALID,
                    List.of(new GroupChange.Problem("name", refused.reason()))));
        }
        return clean;
    }

    private static String under(GroupTree tree, String parentId) {
        return parentId == null ? "directly under the organisation"
                : "under " + parentId + " (" + tree.pathWords(parentId) + ")";
    }

    private static void refuseIf(Optional<GroupChange.Refusal> refusal) {
        refusal.ifPresent(refused -> {
            throw new GroupRefusedException(refused);
        });
    }

    private void record(String actor, AuditAction action, String details) {
        audit.audit(actor, action, null, "", details, now());
    }

    /** One transaction holding the tree's lock: two moves at once cannot make a loop the other did not see. */
    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.execute(status -> {
            groups.lockTree();
            return work.get();
        });
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
