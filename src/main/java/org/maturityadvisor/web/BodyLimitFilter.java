package org.maturityadvisor.web;

import java.io.IOException;

import org.maturityadvisor.runtime.ArchiveScan;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.config.ScanSettings;
import org.maturityadvisor.catalog.LimitExceededException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

/**
 * Bounds every request body before anything reads it: a declared {@code Content-Length} over the limit is refused at
 * once with 413; a body without one (chunked) is counted as it is read and refused the moment it passes the limit.
 * Imports and draft uploads have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BodyLimitFilter extends OncePerRequestFilter {

    private final MaturityLimits limits;
    private final JsonMapper json;
    private final ScanSettings scan;

    BodyLimitFilter(MaturityLimits limits, JsonMapper json, ScanSettings scan) {
        this.limits = limits;
        this.json = json;
        this.scan = scan;
    }

    /** Issue 25: an archive of a team's repository, pushed or uploaded (a pushed JSON report is a JSON body). */
    private static final java.util.regex.Pattern OBSERVATIONS = java.util.regex.Pattern.compile(
            "/(api/)?teams/[^/]+/observations");

    /** The limit for a path, and the setting that sets it. */
    record BodyLimit(String setting, long bytes) {
        LimitExceededException exceeded() {
            return new LimitExceededException(setting, "(body)", bytes, "bytes");
        }
    }

    BodyLimit limitFor(String path, String contentType) {
        boolean json = contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).contains("json");
        if (!json && OBSERVATIONS.matcher(path).matches()) {
            return new BodyLimit(ScanSettings.PREFIX + "max-archive-bytes", scan.maxArchiveBytes());
        }
        return limitFor(path);
    }

    BodyLimit limitFor(String path) {
        if (path.equals("/api/imports")) {
            return new BodyLimit(MaturityLimits.PREFIX + "import-body", limits.importBody().toBytes());
        }
        if (path.equals("/api/rulesets/drafts")) {
            return new BodyLimit(MaturityLimits.PREFIX + "upload-body", limits.uploadBody().toBytes());
        }
        if (path.equals("/api/scan")) {
            return new BodyLimit(ArchiveScan.MAX_ARCHIVE, scan.maxArchiveBytes());
        }
        if (path.equals("/result") || path.equals("/store")) {
            // the questionnaire may carry a repository archive: its fields ride on top (the page checks the file)
            return new BodyLimit(ArchiveScan.MAX_ARCHIVE, scan.maxArchiveBytes() + limits.jsonBody().toBytes());
        }
        return new BodyLimit(MaturityLimits.PREFIX + "json-body", limits.jsonBody().toBytes());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BodyLimit limit = limitFor(request.getRequestURI().substring(request.getContextPath().length()),
                request.getContentType());
        if (request.getContentLengthLong() > limit.bytes()) {
            refuse(request, response, limit.exceeded());
            return;
        }
        chain.doFilter(new Bounded(request, limit), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, LimitExceededException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Connection", "close"); // the rest of the body is not read
        json.writeValue(response.getOutputStream(), ProblemResponses.tooLarge(e, request.getRequestURI()));
    }

    /** The request with its body stream counted against the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final BodyLimit limit;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, BodyLimit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final BodyLimit limit;
        private long read;

        Counting(ServletInputStream in, BodyLimit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.bytes()) {
                throw limit.exceeded();
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
