package org.maturityadvisor.ops;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.AssessmentSummary;
import org.maturityadvisor.lifecycle.DraftReport;
import org.maturityadvisor.simulation.ImpactResult;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.teams.ImportReport;
import org.maturityadvisor.teams.TeamService;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Counts what the API answered, from the answer itself, so the controllers stay as they are: an assessment's levels,
 * a draft's outcome, an import's rows; and times assessments and simulations from the start of the request.
 */
@ControllerAdvice
class MetricsAdvice implements ResponseBodyAdvice<Object> {

    static final String STARTED = MetricsAdvice.class.getName() + ".started";

    private final AdvisorMetrics metrics;

    MetricsAdvice(AdvisorMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        if (body instanceof AssessmentResult result) {
            metrics.assessed(result, "request");
            time(request, "maturity.assessment");
        } else if (body instanceof TeamService.Stored stored) {
            metrics.assessed(stored.result(), "stored");
            time(request, "maturity.assessment");
        } else if (body instanceof AssessmentSummary) {
            time(request, "maturity.assessment");
        } else if (body instanceof SimulationResult || body instanceof PathResult || body instanceof ImpactResult) {
            time(request, "maturity.simulation");
        } else if (body instanceof ImportReport report) {
            metrics.imported(Math.toIntExact(report.imported()));
        } else if (body instanceof DraftReport draft && request.getURI().getPath().endsWith("/drafts")) {
            metrics.drafted(!draft.valid() ? "invalid" : draft.publishable() ? "publishable" : "blocked");
        }
        return body;
    }

    private void time(ServerHttpRequest request, String name) {
        if (request instanceof ServletServerHttpRequest servlet
                && servlet.getServletRequest().getAttribute(STARTED) instanceof Long started) {
            metrics.timed(name, System.nanoTime() - started);
        }
    }
}
