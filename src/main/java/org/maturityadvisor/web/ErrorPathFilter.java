package org.maturityadvisor.web;

import java.io.IOException;

import org.maturityadvisor.problem.ProblemBody;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * The error page is for the container's error dispatch only. Asked for directly it has no error to show, and Spring
 * Boot answered 500 with status 999; it is a path like any unknown one: 404.
 */
@Component
class ErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;
    private final JsonMapper json;

    ErrorPathFilter(@Value("${server.error.path:/error}") String errorPath, JsonMapper json) {
        this.errorPath = errorPath;
        this.json = json;
    }

    /** Only requests are filtered, not the container's error dispatch (OncePerRequestFilter's default). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals(errorPath) && !path.startsWith(errorPath + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ProblemBody problem = ProblemBody.of(HttpServletResponse.SC_NOT_FOUND, "Not Found", "no such resource",
                request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
