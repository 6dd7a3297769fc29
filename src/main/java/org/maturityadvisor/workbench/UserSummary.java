package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.security.Accounts;
import org.maturityadvisor.security.Role;

/**
 * The users at a glance, for the administration page: one bar of segments, a segment per role as wide as its share of
 * the users (server-rendered SVG, {@link #WIDTH} units wide), and the same counts in words beside it.
 */
record UserSummary(int users, int disabled, int locked, List<Segment> segments) {

    static final int WIDTH = 400;

    /** One role's share: {@code x} and {@code width} in SVG units; {@code css} colours it. */
    record Segment(Role role, int count, int x, int width, String css) {

        public String words() {
            return count + " " + role.label() + (count == 1 ? "" : "s");
        }
    }

    static UserSummary of(List<Accounts.User> users) {
        List<Segment> segments = new ArrayList<>();
        int x = 0;
        for (Role role : Role.values()) {
            int count = (int) users.stream().filter(user -> user.role() == role).count();
            int width = users.isEmpty() ? 0 : Math.round((float) WIDTH * count / users.size());
            width = Math.min(width, WIDTH - x);
            segments.add(new Segment(role, count, x, width, "role-" + role.label()));
            x += width;
        }
        return new UserSummary(users.size(), (int) users.stream().filter(Accounts.User::disabled).count(),
                (int) users.stream().filter(Accounts.User::locked).count(), segments);
    }

    public String words() {
        return users + (users == 1 ? " user" : " users") + ", " + disabled + " disabled, " + locked + " locked";
    }
}
