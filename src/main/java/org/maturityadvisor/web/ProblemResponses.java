package org.maturityadvisor.web;

import java.net.URI;
import java.util.List;

import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.lifecycle.RuleSetLifecycle;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.store.TeamArchivedException;
import org.maturityadvisor.store.TeamExistsException;
import org.maturityadvisor.teams.Confirmations;
import org.maturityadvisor.teams.TeamNameMismatchException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns rejected input into RFC 9457 problem details that list every field at fault (the first
 * {@code maturity.limits.errors} of them, with the total). Every client mistake is a 4xx; a 5xx is a real fault.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponses.class);
    static final URI INVALID_INPUT = URI.create("/problems/invalid-input");
    static final URI TOO_LARGE = URI.create("/problems/too-large");
    static final URI TEAM_NAME_DIFFERS = URI.create("/problems/team-name-differs");
    static final URI CONFIRMATION_REFUSED = URI.create("/problems/confirmation-refused");
    static final URI TEAM_ARCHIVED = URI.create("/problems/team-archived");

    private final MaturityLimits limits;

    ProblemResponses(MaturityLimits limits) {
        this.limits = limits;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInputException e) {
        List<InputError> errors = e.errors();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid");
        problem.setType(INVALID_INPUT);
        problem.setTitle(e.title());
        listed(problem, errors, errors.size());
        return ResponseEntity.badRequest().body(problem);
    }

    /** The first {@code maturity.limits.errors} problems, and how many there are in all. */
    void listed(ProblemDetail problem, List<?> errors, long total) {
        problem.setProperty("errors", errors.size() > limits.errors() ? errors.subList(0, limits.errors()) : errors);
        problem.setProperty("totalErrors", total);
    }

    int maxErrors() {
        return limits.errors();
    }

    @ExceptionHandler(LimitExceededException.class)
    ResponseEntity<TooLarge> limitExceeded(LimitExceededException e, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(tooLarge(e, request.getDescription(false).replaceFirst("^uri=", "")));
    }

    /** A 413 problem: the setting, the field and its maximum. */
    record TooLarge(String type, String title, int status, String detail, String instance, String limit, String field,
                    long max, String unit) {
    }

    /** A 413 body; also written by {@link BodyLimitFilter} before the request reaches a controller. */
    static TooLarge tooLarge(LimitExceededException e, String instance) {
        return new TooLarge(TOO_LARGE.toString(), "Request too large", HttpStatus.CONTENT_TOO_LARGE.value(),
                e.getMessage(), instance, e.limit(), e.field(), e.max(), e.unit());
    }

    /** A multipart upload over the container's limits (which follow {@code maturity.limits.upload-body}). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        LimitExceededException e = new LimitExceededException(MaturityLimits.PREFIX + "upload-body", "file",
                limits.uploadBody().toBytes(), "bytes");
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .header(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .body(tooLarge(e, request.getDescription(false).replaceFirst("^uri=", "")));
    }

    /** A parameter of the wrong type (a version number past the largest, text for a number): named, as a 400. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return badParameter(ex, headers, status, request);
    }

    /** A path variable with no value (a path this service does not map that way is a 404, not this). */
    @Override
    protected ResponseEntity<Object> handleMissingPathVariable(MissingPathVariableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return badParameter(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badParameter(ex, headers, status, request);
    }

    private ResponseEntity<Object> badParameter(Exception ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return ParameterErrors.of(ex).<ResponseEntity<Object>>map(error -> ResponseEntity.badRequest()
                        .body(invalidInput(new InvalidInputException("request parameter", List.of(error))).getBody()))
                .orElseGet(() -> handleExceptionInternal(ex, null, headers, status, request));
    }

    /** A multipart body that cannot be parsed (no boundary, cut short): the caller's mistake, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "not a readable "
                + "multipart/form-data body: send the file as part \"file\" (curl -F file=@table.drl.xlsx)");
        problem.setTitle("Invalid upload");
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    /**
     * A stored rule-set version does not load under this service: today's checks refuse it (a formula cell, a cell
     * too long for storage), or it no longer compiles. Each problem names its file and cell.
     */
    @ExceptionHandler(RuleSetException.class)
    ResponseEntity<ProblemDetail> ruleSetDoesNotLoad(RuleSetException e) {
        List<RuleSetProblem> problems = e.problems();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "the rule-set version this "
                + "needs does not load under this service (" + problems.size() + " problem(s)); nothing was changed");
        problem.setTitle("Rule set does not load");
        listed(problem, problems.stream().map(RuleSetProblem::toString).toList(), problems.size());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
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

    @ExceptionHandler(TeamExistsException.class)
    ResponseEntity<ProblemDetail> teamExists(TeamExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Team already exists");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** issue 27: a write to an archived team (an assessment, a plan, a confirmation, observations, a token). */
    @ExceptionHandler(TeamArchivedException.class)
    ResponseEntity<ProblemDetail> teamArchived(TeamArchivedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(TEAM_ARCHIVED);
        problem.setTitle("Team archived");
        problem.setProperty("team", e.teamId());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** An assessment named its team differently from the registered name: refused, never silently renamed. */
    @ExceptionHandler(TeamNameMismatchException.class)
    ResponseEntity<ProblemDetail> teamNameDiffers(TeamNameMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(TEAM_NAME_DIFFERS);
        problem.setTitle("Team name differs");
        problem.setProperty("registeredName", e.refusal().registered());
        problem.setProperty("givenName", e.refusal().given());
        listed(problem, List.of(new InputError("team", e.refusal().reason())), 1);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    /** Four eyes: the caller recorded the evidence, or it is confirmed already; nothing was stored. */
    @ExceptionHandler(Confirmations.Refused.class)
    ResponseEntity<ProblemDetail> confirmationRefused(Confirmations.Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setType(CONFIRMATION_REFUSED);
        problem.setTitle("Confirmation refused");
        listed(problem, e.errors(), e.errors().size());
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
