package org.maturityadvisor.corpus;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hostile values in the fields of a team's input, generated from the live practice catalog. */
final class FieldCases {

    /** Values no practice takes: each must be a 400 naming {@code answers.<practice>}. */
    static final Map<String, String> BAD_ANSWERS = Map.of(
            "an unknown value", "\"carrier-pigeon\"",
            "a number", "42",
            "an array", "[\"yes\"]",
            "the rich form with a value no practice takes", "{\"value\": \"carrier-pigeon\"}",
            "a formula", "\"=cmd|' /C calc'!A0\"",
            "ten thousand characters", "\"" + "y".repeat(10_000) + "\"");

    private FieldCases() {
    }

    static List<Hostile> all(List<String> practices, String fixtureTeam) {
        List<Hostile> cases = new ArrayList<>();
        for (String practice : practices) {
            BAD_ANSWERS.forEach((name, value) -> cases.add(json("answer " + practice, name, "/api/assessments",
                    "{\"team\": \"x\", \"answers\": {\"" + practice + "\": " + value + "}}", 400,
                    "answers." + practice)));
            cases.add(json("answer " + practice, "an object that is not the rich form", "/api/assessments",
                    "{\"team\": \"x\", \"answers\": {\"" + practice + "\": {\"yes\": true}}}", 400,
                    "answers." + practice + ".yes"));
            cases.add(json("answer " + practice, "evidence that is a script link", "/api/assessments",
                    "{\"team\": \"x\", \"answers\": {\"" + practice + "\": {\"notApplicable\": true, \"reason\": "
                            + "\"r\", \"evidence\": [{\"link\": \"javascript:alert(1)\"}]}}}", 400,
                    "answers." + practice + ".evidence[0].link"));
            cases.add(new Hostile("csv answer " + practice, "an unknown value", api -> csv(api,
                    "team,name," + practice + "\n" + fixtureTeam + ",,carrier-pigeon\n"), 400,
                    "line 2, column " + practice + " (C)"));
        }
        context(cases);
        teamNames(cases);
        return cases;
    }

    private static void context(List<Hostile> cases) {
        Map<String, List<String>> bad = Map.of(
                "mlUseCases", List.of("-1", "1.5", "\"3\"", "99999999999", "true", "[]"),
                "businessCritical", List.of("\"yes\"", "1", "\"true\"", "{}"),
                "inProduction", List.of("\"no\"", "0", "[]"));
        bad.forEach((field, values) -> values.forEach(value -> cases.add(json("context", field + " = " + value,
                "/api/assessments", "{\"team\": \"x\", \"context\": {\"" + field + "\": " + value + "}}", 400,
                "context." + field))));
        cases.add(json("context", "an unknown field", "/api/assessments",
                "{\"team\": \"x\", \"context\": {\"teamSize\": 3}}", 400, "context.teamSize"));
        cases.add(json("context", "not an object", "/api/assessments", "{\"team\": \"x\", \"context\": [1]}", 400,
                "context"));
    }

    private static void teamNames(List<Hostile> cases) {
        // an absent or null team is an unnamed team (team is only a label); a team that is there must be a name
        List<String> badTeams = List.of("\"\"", "\"   \"", "123", "[]", "\"" + "n".repeat(201) + "\"",
                "\"" + "n".repeat(100_000) + "\"");
        badTeams.forEach(team -> cases.add(json("team", "team = " + abbreviated(team), "/api/assessments",
                "{\"team\": " + team + ", \"answers\": {}}", 400, "team")));
        List<String> badNames = List.of("\"\"", "\"   \"", "\"" + "n".repeat(201) + "\"",
                "\"" + "n".repeat(100_000) + "\"");
        badNames.forEach(name -> cases.add(json("register", "name = " + abbreviated(name), "/api/teams",
                "{\"name\": " + name + "}", 400, "name")));
        List<String> badIds = List.of("\"Not A Slug\"", "\"../etc/passwd\"", "\"" + "a".repeat(65) + "\"",
                "\"\"", "\"-x-\"", "\"=1+1\"", "\"a\\u0000b\"");
        badIds.forEach(id -> cases.add(json("register", "id = " + abbreviated(id), "/api/teams",
                "{\"id\": " + id + ", \"name\": \"x\"}", 400, "id")));
        cases.add(json("register", "an unknown field", "/api/teams", "{\"name\": \"x\", \"admin\": true}", 400,
                "admin"));
        cases.add(json("top level", "an unknown field", "/api/assessments", "{\"team\": \"x\", \"role\": 1}", 400,
                "role"));
        cases.add(json("top level", "answers not an object", "/api/assessments",
                "{\"team\": \"x\", \"answers\": [\"release.method\"]}", 400, "answers"));
    }

    static Hostile json(String group, String name, String path, String body, int status, String field) {
        return new Hostile(group, name, api -> api.request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), status, field);
    }

    static HttpRequest.Builder csv(org.maturityadvisor.testing.Api api, String body) {
        return api.request("/api/imports").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String abbreviated(String value) {
        return value.length() > 30 ? value.substring(0, 12) + "...(" + value.length() + " chars)" : value;
    }
}
