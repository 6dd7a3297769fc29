package org.maturityadvisor.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation's groups as a tree: units under the organisation, sub-units under them. Built from the stored
 * groups; the store keeps it a tree ({@link #refuseParent} before every new parent), so walking up always ends.
 */
public final class GroupTree {

    /** How deep groups may nest below the organisation: unit, sub-unit, and a few more, never a chain of hundreds. */
    public static final int MAX_DEPTH = 6;

    private static final Comparator<Group> BY_NAME = Comparator.comparing(Group::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Group::id);

    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final Map<String, List<Group>> children = new LinkedHashMap<>();

    private GroupTree(Collection<Group> all) {
        all.stream().sorted(BY_NAME).forEach(group -> groups.put(group.id(), group));
        groups.values().forEach(group -> children.computeIfAbsent(group.parentId(), parent -> new ArrayList<>())
                .add(group));
    }

    public static GroupTree of(Collection<Group> groups) {
        return new GroupTree(groups);
    }

    public static GroupTree empty() {
        return new GroupTree(List.of());
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** Every group, units first in name order, each followed by its sub-groups (depth first): the order a list shows. */
    public List<Group> all() {
        List<Group> ordered = new ArrayList<>();
        roots().forEach(root -> walk(root, ordered));
        return ordered;
    }

    private void walk(Group group, List<Group> into) {
        into.add(group);
        children(group.id()).forEach(child -> walk(child, into));
    }

    /** The units directly under the organisation, by name. */
    public List<Group> roots() {
        return children.getOrDefault(null, List.of());
    }

    /** The groups directly under this one, by name. */
    public List<Group> children(String id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /** From the unit down to the group itself; empty for an unknown group. */
    public List<Group> path(String id) {
        List<Group> path = new ArrayList<>();
        for (Group at = groups.get(id); at != null && path.size() <= groups.size(); at = groups.get(at.parentId())) {
            path.add(0, at);
        }
        return path;
    }

    /** The path in words: "Retail › Pricing". */
    public String pathWords(String id) {
        return String.join(" › ", path(id).stream().map(Group::name).toList());
    }

    /** How deep the group sits: 1 for a unit, 2 for its sub-unit, ...; 0 for an unknown group. */
    public int depth(String id) {
        return path(id).size();
    }

    /** The unit (the group directly under the organisation) a group belongs to. */
    public Optional<Group> unitOf(String id) {
        List<Group> path = path(id);
        return path.isEmpty() ? Optional.empty() : Optional.of(path.get(0));
    }

    /** The group and every group below it, at any depth. */
    public Set<String> within(String id) {
        Set<String> within = new HashSet<>();
        if (groups.containsKey(id)) {
            collect(id, within);
        }
        return within;
    }

    /** The groups and every group below any of them. */
    public Set<String> within(Collection<String> ids) {
        Set<String> within = new HashSet<>();
        ids.forEach(id -> within.addAll(within(id)));
        return within;
    }

    private void collect(String id, Set<String> into) {
        if (into.add(id)) {
            children.getOrDefault(id, List.of()).forEach(child -> collect(child.id(), into));
        }
    }

    /** How many levels hang below the group (0 for a group with no sub-groups). */
    public int height(String id) {
        return children.getOrDefault(id, List.of()).stream().mapToInt(child -> 1 + height(child.id())).max()
                .orElse(0);
    }

    /**
     * Why {@code groupId} (null: a new group) may not sit under {@code parentId} (null: directly under the
     * organisation), or empty when it may: the parent must exist, must not be the group or below it, and the tree must
     * stay at most {@link #MAX_DEPTH} deep.
     */
    public Optional<String> refuseParent(String groupId, String parentId) {
        if (parentId == null) {
            return groupId == null || 1 + height(groupId) <= MAX_DEPTH ? Optional.empty()
                    : Optional.of("too deep: groups nest at most " + MAX_DEPTH + " levels");
        }
        if (!groups.containsKey(parentId)) {
            return Optional.of("no group " + parentId);
        }
        if (groupId != null && within(groupId).contains(parentId)) {
            return Optional.of(parentId.equals(groupId) ? "a group cannot be its own parent"
                    : "group " + parentId + " is below " + groupId + ": moving it there would make a loop");
        }
        int below = groupId == null ? 0 : height(groupId);
        return depth(parentId) + 1 + below <= MAX_DEPTH ? Optional.empty()
                : Optional.of("too deep: groups nest at most " + MAX_DEPTH + " levels");
    }
}
