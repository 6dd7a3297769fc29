package org.maturityadvisor.security;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.maturityadvisor.organisation.Group;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;

/**
 * Everything a caller was granted: a role on the organisation (null: none) and roles on groups. The role on a team is
 * the highest of the organisation's and those granted on the team's group and on every group above it
 * ({@link GroupTree#path}); a team directly in the organisation is reached by the organisation's role only.
 */
record Grants(Role organisation, Map<String, Role> groups) {

    static final Grants NONE = new Grants(null, Map.of());

    Grants {
        groups = Map.copyOf(groups);
    }

    static Grants of(Role organisation, List<Grant> grants) {
        Map<String, Role> groups = new java.util.HashMap<>();
        grants.stream().filter(grant -> !grant.organisationWide())
                .forEach(grant -> groups.merge(grant.group(), grant.role(), Grants::higher));
        return new Grants(organisation, groups);
    }

    /** Every grant, the organisation's first, then by group id. */
    List<Grant> list() {
        return Stream.concat(Stream.ofNullable(organisation).map(role -> new Grant(role, null)),
                groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(entry -> new Grant(entry.getValue(), entry.getKey()))).toList();
    }

    /** The caller's role on a group: the organisation's or one granted on it or above it. */
    Optional<Role> onGroup(String groupId, GroupTree tree) {
        Role best = organisation;
        for (Group group : tree.path(groupId)) {
            best = higher(best, groups.get(group.id()));
        }
        return Optional.ofNullable(best);
    }

    /** The caller's role on a team in {@code groupId} (null: directly in the organisation). */
    Optional<Role> onTeam(String groupId, GroupTree tree) {
        return groupId == null ? Optional.ofNullable(organisation) : onGroup(groupId, tree);
    }

    /** The highest role held anywhere: what the URL rules ({@link AccessRules}) ask for. */
    Optional<Role> anywhere() {
        Role best = organisation;
        for (Role role : groups.values()) {
            best = higher(best, role);
        }
        return Optional.ofNullable(best);
    }

    /** The highest role held on this group or any group below it. */
    Optional<Role> withinGroup(String groupId, GroupTree tree) {
        Role best = onGroup(groupId, tree).orElse(null);
        for (String below : tree.within(groupId)) {
            best = higher(best, groups.get(below));
        }
        return Optional.ofNullable(best);
    }

    /** The teams on which the caller holds at least {@code least} (archived ones left out). */
    TeamSet teams(Role least, GroupTree tree) {
        if (organisation != null && organisation.includes(least)) {
            return TeamSet.active();
        }
        Set<String> granted = new HashSet<>();
        groups.forEach((group, role) -> {
            if (role.includes(least)) {
                granted.add(group);
            }
        });
        return granted.isEmpty() ? TeamSet.none() : new TeamSet(tree.within(granted), null, false);
    }

    static Role higher(Role one, Role other) {
        if (one == null) {
            return other;
        }
        return other == null || one.includes(other) ? one : other;
    }

    static Role lower(Role one, Role other) {
        if (one == null || other == null) {
            return null;
        }
        return one.includes(other) ? other : one;
    }
}
