package org.maturityadvisor.security;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * A URL rule of {@link AccessRules}: the caller passes when they hold the rule's role anywhere (on the organisation
 * or on any group, within a token's reach), read from their grants at this request. Whether the role also holds on
 * the team or group the path names is {@link ScopeGuard}'s to decide.
 */
final class HeldAnywhere implements AuthorizationManager<RequestAuthorizationContext> {

    private final Role role;
    private final CurrentAccess access;

    HeldAnywhere(Role role, CurrentAccess access) {
        this.role = role;
        this.access = access;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        return new AuthorizationDecision(access.of(authentication.get()).anywhere(access.tree())
                .filter(held -> held.includes(role)).isPresent());
    }
}
