package org.maturityadvisor.workbench;

import java.util.NoSuchElementException;

import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.web.ParameterErrors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors on a page answer with a page (the API's advice answers with problem JSON). */
@ControllerAdvice(basePackageClasses = PageErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler({NoSuchElementException.class, NotFoundException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(RuntimeException e, Model page) {
        page.addAttribute("status", 404);
        page.addAttribute("message", e.getMessage());
        return "error-page";
    }

    /** issue 27: a write to an archived team, from any page: the page says so and how to go on. */
    @ExceptionHandler(org.maturityadvisor.store.TeamArchivedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String archived(RuntimeException e, Model page) {
        page.addAttribute("status", 409);
        page.addAttribute("message", e.getMessage());
        return "error-page";
    }

    @ExceptionHandler(LimitExceededException.class)
    @ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
    String tooLarge(LimitExceededException e, Model page) {
        page.addAttribute("status", 413);
        page.addAttribute("message", e.getMessage());
        return "error-page";
    }

    /** A parameter the page's handler cannot take (a version number past the largest, none at all): named. */
    @ExceptionHandler({TypeMismatchException.class, MissingPathVariableException.class,
            MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badParameter(Exception e, Model page) {
        page.addAttribute("status", 400);
        page.addAttribute("message", ParameterErrors.of(e).map(error -> error.field() + ": " + error.reason())
                .orElse("a request parameter is not what this page takes"));
        return "error-page";
    }

    @ExceptionHandler({InvalidInputException.class, RuleSetException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(RuntimeException e, Model page) {
        page.addAttribute("status", 400);
        page.addAttribute("message", e instanceof InvalidInputException invalid ? invalid.errors().stream()
                .map(error -> error.field() + ": " + error.reason()).collect(java.util.stream.Collectors.joining("; "))
                : e.getMessage());
        return "error-page";
    }
}
