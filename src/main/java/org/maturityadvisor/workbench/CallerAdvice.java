package org.maturityadvisor.workbench;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** Every page (and the error pages drawn in the same layout) knows who is signed in and what their role may do. */
@ControllerAdvice(basePackageClasses = CallerAdvice.class, assignableTypes = ErrorController.class)
class CallerAdvice {

    @ModelAttribute("caller")
    SignedIn caller(HttpServletRequest request) {
        return SignedIn.of(request);
    }
}
