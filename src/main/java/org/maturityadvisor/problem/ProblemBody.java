package org.maturityadvisor.problem;

/**
 * An RFC 9457 problem written by a servlet filter, before Spring MVC's {@code ProblemDetail} handling can answer:
 * the same fields in the same order as the handlers' problems.
 */
public record ProblemBody(String type, String title, int status, String detail, String instance) {

    public static ProblemBody of(int status, String title, String detail, String instance) {
        return new ProblemBody("about:blank", title, status, detail, instance);
    }
}
