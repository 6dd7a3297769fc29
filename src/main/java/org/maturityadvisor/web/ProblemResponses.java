package org.maturityadvisor.web;

import java.net.URI;
import java.util.List;
import java.util.NoSuchElementException;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.lifecycle.RuleSetLifecycle;
import org.maturityadvisor.store.TeamExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns rejected input into RFC 9457 problem details that list every field at fault. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        List<InputError> errors = e.errors();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setType(INVALID_INPUT);
        problem.setTitle("Invalid team input");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(RuleSetLifecycle.Refused.class)
    ResponseEntity<ProblemDetail> refused(RuleSetLifecycle.Refused e) {
        HttpStatus status = switch (e.kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        // a question of role is 403 (only an admin may force past a closed gate); a closed gate alone is 409
        problem.setTitle(e.kind() == RuleSetLifecycle.Refused.Kind.FORBIDDEN ? "Forbidden" : "Refused");
        return ResponseEntity.status(status).body(problem);
    }

    /** A stored version that today's checks refuse (explain under it, publish or roll back to it). */
    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<ProblemDetail> notLoadable(RuleSetException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "the rule-set version does not pass today's checks: " + e.problems().stream().limit(10)
                        .map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
        problem.setTitle("Rule set refused");
        problem.setProperty("problems", e.problems().stream().limit(100).map(Object::toString).toList());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler(TeamExistsException.class)
    ResponseEntity<ProblemDetail> teamExists(TeamExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Team already exists");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** The database refused or failed: nothing was stored, and the caller must know it. */
    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storageFailed(DataAccessException e) {
        LOG.error("Storage failed", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the database could not complete the request; nothing was stored");
        problem.setTitle("Storage unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }
}
