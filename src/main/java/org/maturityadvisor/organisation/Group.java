package org.maturityadvisor.organisation;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A group of teams: a unit of the organisation ({@code parentId} null) or a sub-unit of another group. The id is a
 * slug like a team's ({@code [a-z0-9]+(-[a-z0-9]+)*}) and never changes; the name can.
 */
public record Group(String id, String name, String parentId) {

    /** A group's id: as a team's ({@code TeamService.TEAM_ID}), lower-case words joined by '-'. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The longest id: the column's size ({@code org_group.id varchar(64)}), as a team's. */
    public static final int MAX_ID = 64;

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public Optional<String> parent() {
        return Optional.ofNullable(parentId);
    }

    /**
     * The id that stands for "outside every unit" where groups are named by id (the gauges' {@code group} label): no
     * group may take it, or its teams would be counted with those outside every unit.
     */
    public static final String OUTSIDE = "none";

    public static boolean validId(String id) {
        return id != null && id.length() <= MAX_ID && ID.matcher(id).matches();
    }

    /** A unit directly under the organisation. */
    public boolean isUnit() {
        return parentId == null;
    }
}
