package org.maturityadvisor.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every handler passes {@link ScopeGuard}: the one check of a named team's or group's scope. */
@Configuration
class ScopeConfiguration implements WebMvcConfigurer {

    private final ScopeGuard guard;

    ScopeConfiguration(SecuritySettings settings, CurrentAccess current, TeamPlaces places) {
        this.guard = new ScopeGuard(AccessRules.rules(settings.openAssessments()), current, places);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard);
    }
}
