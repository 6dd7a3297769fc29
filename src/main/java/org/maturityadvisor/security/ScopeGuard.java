package org.maturityadvisor.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The one place a path naming a team ({@code /api/teams/{id}/**}, {@code /teams/{id}/**}, the questionnaire's
 * {@code ?load=}; the store form checks its {@code teamId} itself, to keep the answers) or a group ({@code /api/groups/{id}/**}, {@code /groups/{id}/**})
 * is checked against the caller's role on it. The URL rule has already admitted the caller for holding the endpoint's
 * role somewhere; here:
 * <ul>
 * <li>a team the caller cannot even read, and one that does not exist, are the same 404, raised here with the
 *     same exception a controller raises for a missing one (so its body is the same, page or API): "no team x".
 *     A group out of reach is {@code NotFoundException("no group x")}, which is what a group page or
 *     {@code GET /api/groups/{id}} must answer for a missing group; a missing group itself is left to the groups'
 *     controllers (their own 404). Names do not leak;</li>
 * <li>one they can read but need more on (a viewer of it storing an assessment) is a 403 naming the role needed
 *     there: they know it exists already.</li>
 * </ul>
 * Archived teams count as teams here: their history stays readable to whoever may read the team.
 */
final class ScopeGuard implements HandlerInterceptor {

    private static final Pattern TEAM = Pattern.compile("^(/api)?/teams/\\{([^}:/]+)(:[^}]*)?}(/.*)?$");
    private static final Pattern GROUP = Pattern.compile("^(/api)?/groups/\\{([^}:/]+)(:[^}]*)?}(/.*)?$");

    private final List<AccessRules.Rule> rules;
    private final CurrentAccess current;
    private final TeamPlaces places;

    ScopeGuard(List<AccessRules.Rule> rules, CurrentAccess current, TeamPlaces places) {
        this.rules = rules;
        this.current = current;
        this.places = places;
    }

    /** What a request names: a team, a group, or neither. */
    record Named(String team, String group) {
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<Named> named = named(request);
        if (named.isEmpty()) {
            return true;
        }
        Role needed = AccessRules.required(rules, request).orElse(Role.VIEWER);
        Access access = current.access();
        GroupTree tree = current.tree();
        if (named.get().team() != null) {
            String team = named.get().team();
            Optional<Role> held = places.of(team).flatMap(place -> access.onTeam(team, place.group(), tree));
            check(held, needed, () -> new NotFoundException("no team " + team), "team " + team);
        } else {
            String group = named.get().group();
            if (tree.group(group).isEmpty()) {
                return true; // the groups' own controllers answer a missing group (GroupChange's refusal, 404)
            }
            check(access.onGroup(group, tree), needed, () -> new NotFoundException("no group " + group),
                    "group " + group);
        }
        return true;
    }

    private static void check(Optional<Role> held, Role needed, java.util.function.Supplier<NotFoundException> missing,
                              String what) {
        if (held.isEmpty()) {
            throw missing.get();
        }
        if (!held.get().includes(needed)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "requires role " + needed.label() + " on " + what
                    + " (you hold " + held.get().label() + " there)");
        }
    }

    /** The team or group the matched handler's path (or the questionnaire's load, the store form) names. */
    static Optional<Named> named(HttpServletRequest request) {
        String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Matcher team = TEAM.matcher(pattern);
        if (team.matches() && variables != null && variables.get(team.group(2)) != null) {
            return Optional.of(new Named(variables.get(team.group(2)), null));
        }
        Matcher group = GROUP.matcher(pattern);
        if (group.matches() && variables != null && variables.get(group.group(2)) != null) {
            return Optional.of(new Named(null, variables.get(group.group(2))));
        }
        if (pattern.equals("/") && "GET".equals(request.getMethod()) && present(request.getParameter("load"))) {
            return Optional.of(new Named(request.getParameter("load"), null));
        }
        return Optional.empty();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
