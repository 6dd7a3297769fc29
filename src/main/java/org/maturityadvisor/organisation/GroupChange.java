package org.maturityadvisor.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a change to the organisation's groups may be made, and if not why, naming the field at fault: a new group
 * (its id, name and parent), a new name, a new parent, a deletion. Pure: it reads the tree as it is and how many teams a
 * group holds, and decides; the store writes only what it allows. Characters a name may not hold are the text checks'
 * (they run before); this is about the shape of the tree and the ids.
 */
public final class GroupChange {

    /** What kind of refusal: bad input (400), no such group (404), or the organisation as it is forbids it (409). */
    public enum Kind {
        INVALID, NOT_FOUND, CONFLICT
    }

    /** One field at fault and why. */
    public record Problem(String field, String reason) {
    }

    /** A change refused: its kind and every problem found (one for a missing group or a conflict). */
    public record Refusal(Kind kind, List<Problem> problems) {

        public Refusal {
            problems = List.copyOf(problems);
        }

        static Refusal of(Kind kind, String field, String reason) {
            return new Refusal(kind, List.of(new Problem(field, reason)));
        }

        /** The problems in one sentence: "id: taken; name: required". */
        public String words() {
            return String.join("; ", problems.stream().map(p -> p.field() + ": " + p.reason()).toList());
        }
    }

    private GroupChange() {
    }

    /** A new group {@code id} named {@code name} under {@code parentId} (null: a unit of the organisation). */
    public static Optional<Refusal> create(GroupTree tree, String id, String name, String parentId, int maxName) {
        List<Problem> problems = new ArrayList<>();
        if (id == null || id.isEmpty()) {
            problems.add(new Problem("id", "required: lower-case letters and digits in words joined by '-', at most "
                    + Group.MAX_ID + " characters (e.g. retail-pricing)"));
        } else if (!Group.validId(id)) {
            problems.add(new Problem("id", "expected lower-case letters and digits in words joined by '-', at most "
                    + Group.MAX_ID + " characters (e.g. retail-pricing); got " + quoted(id)));
        } else if (Group.OUTSIDE.equals(id)) {
            problems.add(new Problem("id", "\"" + Group.OUTSIDE + "\" is reserved: it names the teams outside every"
                    + " unit; choose another id"));
        }
        name(name, maxName).ifPresent(problems::add);
        tree.refuseParent(null, parentId).ifPresent(reason -> problems.add(new Problem("parent", reason)));
        if (!problems.isEmpty()) {
            return Optional.of(new Refusal(Kind.INVALID, problems));
        }
        if (tree.group(id).isPresent()) {
            return Optional.of(Refusal.of(Kind.CONFLICT, "id", "group " + id + " exists already ("
                    + tree.pathWords(id) + ")"));
        }
        return Optional.empty();
    }

    /**
     * Group {@code id} with a new name (null: kept) and/or, when {@code moving}, under a new parent ({@code parentId};
     * null: a unit directly under the organisation), everything below it moving along.
     */
    public static Optional<Refusal> change(GroupTree tree, String id, String name, boolean moving, String parentId,
                                          int maxName) {
        Optional<Refusal> missing = missing(tree, id);
        if (missing.isPresent()) {
            return missing;
        }
        if (name == null && !moving) {
            return Optional.of(Refusal.of(Kind.INVALID, "(body)", "expected a new name, a new parent, or both"));
        }
        List<Problem> problems = new ArrayList<>();
        if (name != null) {
            name(name, maxName).ifPresent(problems::add);
        }
        if (moving) {
            tree.refuseParent(id, parentId).ifPresent(reason -> problems.add(new Problem("parent", reason)));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(new Refusal(Kind.INVALID, problems));
    }

    /**
     * Group {@code id} removed: only an empty one, so that no team loses its place and no sub-group its parent.
     *
     * @param teams how many teams sit directly in the group, archived ones too
     */
    public static Optional<Refusal> delete(GroupTree tree, String id, int teams) {
        Optional<Refusal> missing = missing(tree, id);
        if (missing.isPresent()) {
            return missing;
        }
        int groups = tree.children(id).size();
        if (teams == 0 && groups == 0) {
            return Optional.empty();
        }
        List<String> held = new ArrayList<>();
        if (teams > 0) {
            held.add(teams == 1 ? "1 team" : teams + " teams");
        }
        if (groups > 0) {
            held.add(groups == 1 ? "1 sub-group" : groups + " sub-groups");
        }
        return Optional.of(Refusal.of(Kind.CONFLICT, "id", "group " + id + " (" + tree.pathWords(id)
                + ") still holds " + String.join(" and ", held) + ": move or delete them first; only an empty group"
                + " is deleted"));
    }

    private static Optional<Refusal> missing(GroupTree tree, String id) {
        return tree.group(id).isPresent() ? Optional.empty()
                : Optional.of(Refusal.of(Kind.NOT_FOUND, "id", "no group " + id));
    }

    private static Optional<Problem> name(String name, int max) {
        if (name == null || name.isBlank()) {
            return Optional.of(new Problem("name", "required: the group's name, 1 to " + max + " characters"));
        }
        if (name.length() > max) {
            return Optional.of(new Problem("name", "at most " + max + " characters, got " + name.length()));
        }
        return Optional.empty();
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 80 ? text.substring(0, 80) + "\u2026" : text) + "\"";
    }
}
