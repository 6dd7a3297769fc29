package org.maturityadvisor.corpus;

import java.net.http.HttpRequest;
import java.util.function.Function;

import org.maturityadvisor.testing.Api;

/**
 * One hostile request and what it must get: its status and, for a 400 or 413, the field the problem names (null when
 * the container answers before the application, or the status says it all).
 */
record Hostile(String group, String name, Function<Api, HttpRequest.Builder> request, int status, String field) {

    @Override
    public String toString() {
        return group + ": " + name + " -> " + status + (field == null ? "" : " " + field);
    }
}
