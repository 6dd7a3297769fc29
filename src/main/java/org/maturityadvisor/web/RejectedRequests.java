package org.maturityadvisor.web;

import java.io.IOException;
import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request the security firewall refuses before any handler (a path with an empty segment, as
 * {@code /api/rulesets//publish}, a {@code ..} or an encoded slash) is a 400 problem naming the path, like every other
 * client mistake, not the container's default error body. Spring Security uses this bean for every such refusal.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {

    static final String PATH = "(path)";

    private final JsonMapper json;

    RejectedRequests(JsonMapper json) {
        this.json = json;
    }

    record Problem(String type, String title, int status, String detail, String instance, List<InputError> errors,
                   int totalErrors) {
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        Problem problem = new Problem(ProblemResponses.INVALID_INPUT.toString(), "Invalid request path",
                HttpStatus.BAD_REQUEST.value(), "1 field is invalid", request.getRequestURI(),
                List.of(new InputError(PATH, "not a path this service takes in this form (" + rejected.getMessage()
                        + "); name every segment, as /api/rulesets/{id}/publish")), 1);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
