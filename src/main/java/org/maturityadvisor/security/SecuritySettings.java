package org.maturityadvisor.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in and access settings, all under {@code maturity.security.*} (README "Users and roles").
 *
 * @param openAssessments the stateless calls that store nothing ({@code POST /api/assessments},
 *                        {@code /api/simulations*}, {@code GET /api/models}, {@code /api/practices}) are open to
 *                        anonymous callers (default); {@code false} requires the viewer role for them too
 * @param adminPassword   the password of {@code admin}, created at the first start when no user exists (env
 *                        {@code MATURITY_ADMIN_PASSWORD}); unset: a generated one is written to
 *                        {@code <data-dir>/initial-admin-password}
 * @param lockout         throttling of wrong passwords for one user
 * @param cors            origins other than the service's own that browsers may call it from
 * @param jwt             how an OIDC issuer's JWTs map to roles (the issuer itself is Spring Boot's
 *                        {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code .jwk-set-uri})
 * @param tokens          personal API tokens
 * @param oidc            what an OIDC issuer's JWT is granted beyond its role claim: roles on groups by claim value
 * @param basicCacheSeconds how long a right password is remembered, so that a script sending it with every request
 *                        (HTTP Basic) is not hashed each time (default 60; 0: hash every time). Never the password
 *                        itself: see {@link VerifiedPasswords}
 */
@ConfigurationProperties("maturity.security")
public record SecuritySettings(@DefaultValue("true") boolean openAssessments, String adminPassword,
                               @DefaultValue Lockout lockout, @DefaultValue Cors cors, @DefaultValue Jwt jwt,
                               @DefaultValue Tokens tokens, @DefaultValue Oidc oidc,
                               @DefaultValue("60") int basicCacheSeconds) {

    /**
     * @param maxFailures wrong passwords in a row that lock the user (default 10)
     * @param duration    how long the lock lasts (default 15 minutes); a success before it resets the count
     */
    public record Lockout(@DefaultValue("10") int maxFailures, @DefaultValue("15m") Duration duration) {
    }

    /** @param allowedOrigins e.g. {@code https://workbench.example}; empty (default): no cross-origin call at all */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }

    /**
     * @param roleClaim     the claim holding the role: a string or a list of strings (default {@code roles})
     * @param roleValues    claim values mapped to roles, e.g. {@code advisor-admins: admin}; a value that is a role's
     *                      name ({@code viewer}, ..., {@code admin}) needs no entry. The highest role found wins.
     * @param principalClaim the claim naming the caller in the audit trail (default {@code sub}, the subject)
     */
    public record Jwt(@DefaultValue("roles") String roleClaim, @DefaultValue Map<String, Role> roleValues,
                      @DefaultValue("sub") String principalClaim) {
    }

    /**
     * @param defaultDays lifetime of a token created without {@code expiresInDays} (default 90)
     * @param maxDays     the longest lifetime allowed (default 365)
     */
    public record Tokens(@DefaultValue("90") int defaultDays, @DefaultValue("365") int maxDays) {
    }

    /**
     * @param grants claim values that grant a role, e.g. {@code grants[0].claim=groups},
     *               {@code grants[0].value=ml-retail-leads}, {@code grants[0].role=viewer},
     *               {@code grants[0].group=retail} (no group: on the whole organisation)
     */
    public record Oidc(@DefaultValue List<ClaimGrant> grants) {
    }

    /**
     * A JWT whose claim {@code claim} (a string or a list of strings) holds {@code value} is granted {@code role} on
     * {@code group} (null: the organisation). Analyst and admin are organisation-wide only.
     */
    public record ClaimGrant(String claim, String value, Role role, String group) {
    }
}
