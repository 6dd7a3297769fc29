package org.maturityadvisor.ops;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jakarta.servlet.Filter;

/** Before each scrape of /actuator/prometheus, reads the gauges that come from the database and the active version. */
@Configuration
class PrometheusRefresh {

    @Bean
    FilterRegistrationBean<Filter> prometheusRefreshFilter(AdvisorMetrics metrics) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
            metrics.refresh();
            chain.doFilter(request, response);
        });
        registration.addUrlPatterns("/actuator/prometheus");
        return registration;
    }
}
