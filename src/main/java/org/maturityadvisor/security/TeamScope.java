package org.maturityadvisor.security;

import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a pipeline token may call: {@code POST /api/teams/{its team}/observations}, and nothing else — no other
 * team's, no other endpoint (open ones included), no page. The security configuration denies a pipeline token
 * everything outside its scope before any role rule is read, and admits it inside.
 */
final class TeamScope {

    static final String OBSERVATIONS = "/api/teams/{id}/observations";
    private static final PathPattern PATTERN = PathPatternParser.defaultInstance.parse(OBSERVATIONS);

    private TeamScope() {
    }

    /** The team of the pipeline token signing this request in, or null when it is signed in otherwise. */
    static String pipelineTeam() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn instanceof ApiTokenAuthentication token ? token.team().orElse(null) : null;
    }

    /** A pipeline token calling what it may. */
    static boolean inScope(HttpServletRequest request) {
        String team = pipelineTeam();
        return team != null && ownObservations(request, team);
    }

    /** A pipeline token calling anything else. */
    static boolean outOfScope(HttpServletRequest request) {
        String team = pipelineTeam();
        return team != null && !ownObservations(request, team);
    }

    static boolean ownObservations(HttpServletRequest request, String team) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathPattern.PathMatchInfo match = PATTERN.matchAndExtract(PathContainer.parsePath(path));
        return match != null && team.equals(match.getUriVariables().get("id"));
    }

    /** Why a pipeline token is refused here. */
    static String refusal(String team) {
        return "a pipeline token of team " + team + " may only POST /api/teams/" + team + "/observations";
    }
}
