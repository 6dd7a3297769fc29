package org.maturityadvisor.corpus;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Malformed JSON documents, each sent to every JSON endpoint: all must be a 400 and change nothing. */
final class JsonBodies {

    static final String TEAM = "{\"team\": \"x\", \"answers\": {\"release.method\": \"manual\"}}";

    private JsonBodies() {
    }

    /** Each JSON endpoint with a body it would take, for the "valid document, then more" cases. */
    static Map<String, String> endpoints(String fixtureTeam) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        endpoints.put("/api/assessments", TEAM);
        endpoints.put("/api/simulations", "{\"team\": \"x\", \"answers\": {}, \"plans\": [{\"name\": \"a\", "
                + "\"changes\": {\"release.method\": \"scripted\"}}]}");
        endpoints.put("/api/simulations/path", "{\"team\": \"x\", \"answers\": {}, \"model\": \"microsoft\", "
                + "\"target\": 1}");
        endpoints.put("/api/simulations/impact", TEAM);
        endpoints.put("/api/teams", "{\"name\": \"Corpus Fixture\"}");
        endpoints.put("/api/teams/" + fixtureTeam + "/assessments", "{\"answers\": {}}");
        endpoints.put("/api/imports", "{\"teams\": [{\"id\": \"" + fixtureTeam + "\"}]}");
        endpoints.put("/api/rulesets/1/publish", "{\"reason\": \"corpus\"}");
        endpoints.put("/api/rulesets/1/rollback", "{\"reason\": \"corpus\"}");
        return endpoints;
    }

    /** name -> body bytes; {@code valid} is the endpoint's own good document. */
    static Map<String, byte[]> malformed(String valid) {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        text(bodies, "an unclosed object", "{");
        text(bodies, "a lone closing brace", "}");
        text(bodies, "an array", "[]");
        text(bodies, "null", "null");
        text(bodies, "a number", "42");
        text(bodies, "a string", "\"text\"");
        text(bodies, "a boolean", "true");
        text(bodies, "a missing value", "{\"team\": }");
        text(bodies, "single quotes", "{'team': 'x'}");
        text(bodies, "a trailing comma", "{\"team\": \"x\",}");
        text(bodies, "a duplicate key", "{\"answers\": {}, \"answers\": {}}");
        text(bodies, "NaN", "{\"team\": NaN}");
        text(bodies, "a comment", "/* hi */ " + valid);
        text(bodies, "a NUL byte", "\u0000");
        text(bodies, "5000 nested arrays", "[".repeat(5000) + "]".repeat(5000));
        text(bodies, "a second document", valid + " " + valid);
        text(bodies, "trailing garbage", valid + " garbage");
        text(bodies, "a trailing array", valid + "[]");
        text(bodies, "a byte-order mark", "\uFEFF" + valid);
        bodies.put("invalid UTF-8", utf8Broken(valid));
        bodies.put("UTF-16 sent as UTF-8", valid.getBytes(StandardCharsets.UTF_16));
        return bodies;
    }

    static List<Hostile> all(String fixtureTeam) {
        List<Hostile> cases = new ArrayList<>();
        endpoints(fixtureTeam).forEach((path, valid) -> malformed(valid).forEach((name, body) ->
                cases.add(new Hostile("json " + path, name, api -> api.request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)), 400, null))));
        endpoints(fixtureTeam).keySet().stream().filter(path -> !path.startsWith("/api/rulesets/"))
                .forEach(path -> cases.add(new Hostile("json " + path, "an empty body", api -> api.request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.noBody()), 400, null)));
        return cases;
    }

    private static void text(Map<String, byte[]> bodies, String name, String body) {
        bodies.put(name, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The valid document with a Latin-1 byte inside its first string. */
    private static byte[] utf8Broken(String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        int quote = valid.indexOf('"', valid.indexOf(':')) + 1;
        bytes[quote] = (byte) 0xE9;
        return bytes;
    }
}
