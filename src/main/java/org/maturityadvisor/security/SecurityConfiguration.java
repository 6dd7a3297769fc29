package org.maturityadvisor.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * Deny by default: every endpoint needs the role {@link AccessRules} gives it, anything else is refused. Scripts sign
 * in per request (HTTP Basic, a personal API token, an OIDC JWT) and stay stateless; browsers sign in with the login
 * form and get a session, whose every state-changing request must carry the CSRF token.
 */
@Configuration
class SecurityConfiguration {

    /**
     * Scripts and styles only from the jar: the workbench has no inline script, style or handler (htmx is told not to
     * add its indicator style and never to eval), charts read their data from their canvas's escaped data-chart attribute, and
     * Chart.js sizes its canvas through the style object, which a CSP does not block. The browser tests fail on any
     * violation.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The only password check (a bean, so Spring Boot creates no default in-memory user beside it). */
    @Bean
    PasswordSignIn passwordSignIn(UserStore users, PasswordEncoder encoder, SecuritySettings settings,
                                  SecurityAudit audit, GrantStore grants, VerifiedPasswords verified) {
        return new PasswordSignIn(users, encoder, LockoutPolicy.of(settings.lockout()), audit, grants, verified);
    }

    /**
     * Browser sessions write their last access once a {@code maturity.security.session-last-access-seconds} (default
     * 60; 0: at every request, as Spring Session does), see {@link QuietSessions}. Static, read from the environment:
     * a post-processor is made before configuration properties are bound.
     */
    @Bean
    static BeanPostProcessor quietSessions(Environment environment) {
        Duration window = Duration.ofSeconds(environment.getProperty("maturity.security.session-last-access-seconds",
                Integer.class, 60));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof JdbcIndexedSessionRepository jdbc && !window.isZero() && !window.isNegative()
                        ? new QuietSessions(jdbc, window) : bean;
            }
        };
    }

    /** Right passwords remembered for {@code maturity.security.basic-cache-seconds}, for 10,000 users at most. */
    @Bean
    VerifiedPasswords verifiedPasswords(SecuritySettings settings, Clock clock) {
        return new VerifiedPasswords(Duration.ofSeconds(settings.basicCacheSeconds()), 10_000, clock);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecuritySettings settings, ApiTokens tokens,
                                            ObjectProvider<JwtDecoder> jwtDecoder, JsonMapper json, UserStore users,
                                            SecurityAudit audit, CurrentAccess access) throws Exception {
        List<AccessRules.Rule> rules = AccessRules.rules(settings.openAssessments());
        Refusals refusals = new Refusals(rules, json);
        BearerSignIn bearer = new BearerSignIn(tokens, jwtDecoder.getIfAvailable(), settings);
        http.authorizeHttpRequests(requests -> {
            requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
            // a pipeline token (issue 25) pushes its team's observations and does nothing else, open calls included
            requests.requestMatchers(TeamScope::outOfScope).denyAll();
            requests.requestMatchers(TeamScope::inScope).permitAll();
            // issue 27: a read-only token reads and calls what stores nothing, whatever its role
            requests.requestMatchers(ReadOnlyTokens::writing).denyAll();
            for (AccessRules.Rule rule : rules) {
                if (rule.role() == null) {
                    requests.requestMatchers(rule.matcher()).permitAll();
                } else {
                    // the role held anywhere (organisation or a group); ScopeGuard checks the team or group named
                    requests.requestMatchers(rule.matcher()).access(new HeldAnywhere(rule.role(), access));
                }
            }
            requests.anyRequest().denyAll();
        });
        http.httpBasic(basic -> basic.authenticationEntryPoint(refusals));
        http.oauth2ResourceServer(resourceServer -> resourceServer.authenticationManagerResolver(request -> bearer)
                .authenticationEntryPoint(refusals).accessDeniedHandler(refusals));
        // The workbench's own login page; after signing in, back to the page that sent the visitor there
        http.formLogin(form -> form.loginPage(Refusals.LOGIN).defaultSuccessUrl("/", false).permitAll());
        http.logout(logout -> logout.logoutSuccessUrl(Refusals.LOGIN + "?logout").permitAll());
        // Scripts get the problem; a browser's page sends an anonymous visitor to /login and shows others a 403 page
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals)
                .accessDeniedHandler(refusals));
        http.csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken));
        http.requestCache(cache -> cache.requestCache(pagesOnly()));
        http.cors(cors -> cors.configurationSource(cors(settings.cors().allowedOrigins())));
        // same-origin, not no-referrer: under no-referrer a browser sends "Origin: null" with the pages' own form
        // posts, which the Origin check must refuse; other sites still get neither a referrer nor an origin
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        // a session is only as good as its user now: deleted, disabled, another role or password ends it
        http.addFilterAfter(new SessionCheck(users, audit), SecurityContextHolderFilter.class);
        http.addFilterBefore(new OriginCheck(settings.cors().allowedOrigins(), refusals), CsrfFilter.class);
        return http.build();
    }

    /** Only a page a browser navigated to is remembered for after sign-in: no API call ever creates a session. */
    private static HttpSessionRequestCache pagesOnly() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && AccessRules.isPage(request));
        return cache;
    }

    /**
     * A state-changing request needs the CSRF token whenever it carries a session cookie, which a browser adds to
     * another site's request on its own, and always to sign in or out through the form. An Authorization header does
     * not excuse it: a header that signs nothing in ({@code Foo bar}) would leave the session to sign the request in,
     * and one that does is no reason to also send the cookie. Basic, Bearer and anonymous calls without a session stay
     * stateless and token-free: there is nothing of the browser's for another site to ride on.
     */
    static boolean needsCsrfToken(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals("/login") || path.equals("/logout")) {
            return true;
        }
        return request.getRequestedSessionId() != null;
    }

    /** No origin but the service's own unless {@code maturity.security.cors.allowed-origins} lists some. */
    private static CorsConfigurationSource cors(List<String> allowedOrigins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!allowedOrigins.isEmpty()) {
            CorsConfiguration configuration = new CorsConfiguration();
            configuration.setAllowedOrigins(allowedOrigins);
            configuration.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            configuration.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-XSRF-TOKEN"));
            configuration.setMaxAge(3600L);
            source.registerCorsConfiguration("/api/**", configuration);
        }
        return source;
    }
}
