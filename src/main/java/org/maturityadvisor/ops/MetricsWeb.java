package org.maturityadvisor.ops;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Marks when an API request started (for the latency histograms) and refreshes scrape-time gauges. */
@Configuration
class MetricsWeb implements WebMvcConfigurer {

    private final AdvisorMetrics metrics;

    MetricsWeb(AdvisorMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.setAttribute(MetricsAdvice.STARTED, System.nanoTime());
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
