package org.maturityadvisor.web;

import java.net.URI;
import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Turns rejected input into RFC 9457 problem details that list every field at fault. */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

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
}
