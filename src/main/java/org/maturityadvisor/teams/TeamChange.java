package org.maturityadvisor.teams;

/**
 * What a caller asks to change about a team: {@code PATCH /api/teams/{id}} and the team page's forms. A null name or
 * archived, or {@code moves} false, keeps what is there.
 *
 * @param group the group to move to when {@code moves} (null: directly in the organisation)
 */
public record TeamChange(String name, boolean moves, String group, Boolean archived) {

    public static TeamChange rename(String name) {
        return new TeamChange(name, false, null, null);
    }

    public static TeamChange move(String group) {
        return new TeamChange(null, true, group, null);
    }

    public static TeamChange archive(boolean archived) {
        return new TeamChange(null, false, null, archived);
    }

    public boolean none() {
        return name == null && !moves && archived == null;
    }
}
