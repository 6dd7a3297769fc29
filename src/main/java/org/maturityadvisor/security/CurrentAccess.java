package org.maturityadvisor.security;

import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.store.GroupStore;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@link Access} of the request's caller, read once per request (the grants and the group tree, kept as request
 * attributes) and fresh at every request: a grant given or taken away counts from the next request on, also for a
 * browser session signed in before. Outside a request there is no caller: {@link Access#NONE}.
 */
@Component
class CurrentAccess {

    private static final String ACCESS = CurrentAccess.class.getName() + ".access";
    private static final String TREE = CurrentAccess.class.getName() + ".tree";

    private final GrantStore grants;
    private final GroupStore groups;
    private final JwtRoles jwt;

    CurrentAccess(GrantStore grants, GroupStore groups, SecuritySettings settings) {
        this.grants = grants;
        this.groups = groups;
        this.jwt = new JwtRoles(settings.jwt(), settings.oidc());
    }

    /** The caller signed in on this request. */
    Access access() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The access of this sign-in, kept for the rest of the request (a new sign-in on it is read anew). */
    Access of(Authentication authentication) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return authentication == null ? Access.NONE : read(authentication);
        }
        Object kept = request.getAttribute(ACCESS, RequestAttributes.SCOPE_REQUEST);
        if (kept instanceof Kept earlier && earlier.authentication() == authentication) {
            return earlier.access();
        }
        Access access = read(authentication);
        request.setAttribute(ACCESS, new Kept(authentication, access), RequestAttributes.SCOPE_REQUEST);
        return access;
    }

    /** The groups, read once per request. */
    GroupTree tree() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return groups.tree();
        }
        if (request.getAttribute(TREE, RequestAttributes.SCOPE_REQUEST) instanceof GroupTree kept) {
            return kept;
        }
        GroupTree tree = groups.tree();
        request.setAttribute(TREE, tree, RequestAttributes.SCOPE_REQUEST);
        return tree;
    }

    private record Kept(Authentication authentication, Access access) {
    }

    private Access read(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return Access.NONE;
        }
        if (authentication instanceof ApiTokenAuthentication token) {
            return token.access();
        }
        if (authentication instanceof JwtAuthenticationToken token) {
            return Access.of(jwt.grants(token.getToken()));
        }
        return grants.of(authentication.getName()).map(Access::of).orElse(Access.NONE);
    }
}
