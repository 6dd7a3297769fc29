package org.maturityadvisor.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.problem.ProblemBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's own answers, to requests it refuses before any filter or servlet sees them, as problem+json like every
 * other answer instead of its HTML error page. Headers over {@code server.max-http-request-header-size} (which the
 * request line and the headers share) are 431 naming the setting, the field {@code (headers)} and the limit; a request
 * line over it alone is 414, field {@code (request line)}. Anything else (a malformed request line, say) keeps
 * Tomcat's status, with its reason phrase as the title.
 */
class ProblemReportValve extends ErrorReportValve {

    static final String HEADER_LIMIT = "server.max-http-request-header-size";
    /** What Tomcat's header parser says, in the JVM's language: its own message catalogue, not a copy. */
    private static final String HEADERS_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private final JsonMapper json;

    ProblemReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String instance = Echo.of(request.getRequestURI());
        Object problem;
        if (throwable instanceof IllegalArgumentException && HEADERS_TOO_LARGE.equals(throwable.getMessage())) {
            problem = tooLarge(request, response, instance);
        } else {
            HttpStatus status = HttpStatus.resolve(response.getStatus());
            String title = status == null ? "Error" : status.getReasonPhrase();
            problem = ProblemBody.of(response.getStatus(), title, "refused by the web server before the application "
                    + "read it", instance);
        }
        write(response, problem);
    }

    /** The request line and the headers share one buffer: a request line that fills it alone is a URI too long. */
    private static ProblemResponses.TooLarge tooLarge(Request request, Response response, String instance) {
        boolean requestLine = request.getRequestURI() == null;
        HttpStatus status = requestLine ? HttpStatus.URI_TOO_LONG : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        String field = requestLine ? "(request line)" : "(headers)";
        long max = headerLimit(request);
        response.setStatus(status.value());
        return new ProblemResponses.TooLarge(ProblemResponses.TOO_LARGE.toString(), status.getReasonPhrase(),
                status.value(), field + " is over the limit of " + max + " bytes (" + HEADER_LIMIT + "), which the "
                + "request line and the headers share", instance, HEADER_LIMIT, field, max, "bytes");
    }

    private static long headerLimit(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                ? http.getMaxHttpRequestHeaderSize() : -1;
    }

    private void write(Response response, Object problem) {
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            container.getLogger().debug("Could not write the problem", e); // the client is gone: nothing to answer
        }
    }
}
