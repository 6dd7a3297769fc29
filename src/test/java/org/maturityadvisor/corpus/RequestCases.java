package org.maturityadvisor.corpus;

import static org.maturityadvisor.corpus.FieldCases.csv;
import static org.maturityadvisor.corpus.FieldCases.json;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hostile headers, query parameters, paths, simulations and CSV files. */
final class RequestCases {


    private RequestCases() {
    }

    static List<Hostile> all(String team) {
        List<Hostile> cases = new ArrayList<>();
        headers(cases, team);
        parameters(cases, team);
        simulations(cases);
        csvFiles(cases, team);
        return cases;
    }

    private static void headers(List<Hostile> cases, String team) {
        oversized(cases);
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded")) {
            for (String path : List.of("/api/assessments", "/api/teams", "/api/simulations")) {
                cases.add(new Hostile("header Content-Type", type + " on " + path, api -> api.request(path)
                        .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(JsonBodies.TEAM)),
                        415, null));
            }
        }
        cases.add(new Hostile("header Content-Type", "none on /api/assessments", api -> api
                .request("/api/assessments").POST(HttpRequest.BodyPublishers.ofString(JsonBodies.TEAM)), 415, null));
        cases.add(new Hostile("header Content-Type", "an unknown charset", api -> api.request("/api/assessments")
                .header("Content-Type", "application/json; charset=no-such-charset")
                .POST(HttpRequest.BodyPublishers.ofString(JsonBodies.TEAM)), 415, null));
        cases.add(new Hostile("header Content-Type", "csv to the assessment endpoint", api -> api
                .request("/api/assessments").header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("team\nx\n")), 415, null));
        for (String path : List.of("/api/practices", "/api/teams", "/api/models")) {
            cases.add(new Hostile("header Accept", "application/xml on " + path, api -> api.request(path)
                    .header("Accept", "application/xml").GET(), 406, null));
        }
    }

    /** Over Tomcat's limit for the request line and headers (8 KiB): refused before any filter, named all the same. */
    private static void oversized(List<Hostile> cases) {
        String json = "application/json";
        cases.add(new Hostile("header X-Padding", "20,000 characters", api -> api.request("/api/teams")
                .header("X-Padding", "u".repeat(20_000)).header("Content-Type", json)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}")), 431, "(headers)"));
        cases.add(new Hostile("header Cookie", "10 KB", api -> api.request("/api/models")
                .header("Cookie", "session=" + "c".repeat(10_000)).GET(), 431, "(headers)"));
        cases.add(new Hostile("header X-Foo", "10 KB on an assessment", api -> api.request("/api/assessments")
                .header("X-Foo", "f".repeat(10_000)).header("Content-Type", json)
                .POST(HttpRequest.BodyPublishers.ofString(JsonBodies.TEAM)), 431, "(headers)"));
        cases.add(new Hostile("header X-Foo", "10 KB from an anonymous caller", api -> api.anonymous("/api/models")
                .header("X-Foo", "f".repeat(10_000)).GET(), 431, "(headers)"));
        cases.add(new Hostile("headers", "120 of 80 characters each", api -> {
            HttpRequest.Builder request = api.request("/api/practices").GET();
            for (int i = 0; i < 120; i++) {
                request.header("X-Many-" + i, "m".repeat(80));
            }
            return request;
        }, 431, "(headers)"));
        cases.add(new Hostile("request line", "a path of 9,000 characters", api -> api
                .request("/api/teams/" + "x".repeat(9_000)).GET(), 414, "(request line)"));
    }

    private static void parameters(List<Hostile> cases, String team) {
        String[][] gets = {
                {"/api/teams?limit=0", "400", "limit"}, {"/api/teams?limit=501", "400", "limit"},
                {"/api/teams?limit=abc", "400", null}, {"/api/teams?limit=99999999999", "400", null},
                {"/api/teams/" + team + "/assessments?before=abc", "400", null},
                {"/api/teams/" + team + "/assessments?limit=-1", "400", "limit"},
                {"/api/teams/" + team + "/assessments/abc", "400", null},
                {"/api/teams/" + team + "/assessments/0", "404", null},
                {"/api/teams/" + team + "/assessments/99999", "404", null},
                {"/api/teams/" + team + "/assessments/1/diff/abc", "400", null},
                {"/api/teams/" + team + "/assessments/1/diff/999", "404", null},
                {"/api/teams/" + team + "/assessments/999/explain", "404", null},
                {"/api/teams/no-such-team", "404", null}, {"/api/teams/no-such-team/assessments", "404", null},
                {"/api/teams/" + "x".repeat(5000), "404", null},
                {"/api/portfolio?blockers=-1", "400", "blockers"}, {"/api/portfolio?blockers=101", "400", "blockers"},
                {"/api/portfolio?blockers=x", "400", null},
                {"/api/exports/assessments?format=xml", "400", "format"},
                {"/api/exports/assessments?format=" + "x".repeat(3000), "400", "format"},
                {"/api/exports/assessments?team=no-such-team", "404", null},
                {"/api/exports/assessments?includeResult=maybe", "400", null},
                {"/api/rulesets?before=x", "400", null}, {"/api/rulesets?limit=0", "400", "limit"},
                {"/api/rulesets/999999", "404", null}, {"/api/rulesets/sha256:nope/report", "404", null},
                {"/api/rulesets/999999/report", "404", null}, {"/api/audit?limit=501", "400", "limit"},
                // deny by default: a path or method no access rule lists is refused to every caller, admin included
                {"/api/no-such-endpoint", "403", null}, {"/error", "403", null}, {"/error/x", "403", null}};
        for (String[] get : gets) {
            cases.add(new Hostile("GET", get[0].length() > 80 ? get[0].substring(0, 60) + "..." : get[0],
                    api -> api.request(get[0]).GET(), Integer.parseInt(get[1]), get[2]));
        }
        cases.add(new Hostile("method", "PUT /api/assessments", api -> api.request("/api/assessments")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")), 403, null));
        cases.add(new Hostile("method", "PUT /api/teams/" + team, api -> api.request("/api/teams/" + team)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")), 403, null));
        // issue 27: deleting a team is mapped (an admin's), and only with its id typed again as confirm
        cases.add(new Hostile("delete", "DELETE /api/teams/" + team + " unconfirmed", api -> api.request("/api/teams/"
                + team).DELETE(), 400, "confirm"));
        // GET /api/imports is the imports' status (issue 16); no other method is mapped there but POST
        cases.add(new Hostile("method", "DELETE /api/imports", api -> api.request("/api/imports").DELETE(), 403, null));
        cases.add(json("publish", "force as a string", "/api/rulesets/1/publish", "{\"force\": \"yes\"}", 400, "force"));
        cases.add(json("publish", "an unknown field", "/api/rulesets/1/publish", "{\"forse\": true}", 400, "forse"));
        cases.add(json("publish", "reason as a number", "/api/rulesets/1/publish", "{\"reason\": 1}", 400, "reason"));
        cases.add(json("publish", "an unknown version", "/api/rulesets/999999/publish", "{}", 404, null));
        cases.add(json("rollback", "rebase is not a rollback field", "/api/rulesets/1/rollback",
                "{\"rebase\": true}", 400, "rebase"));
        cases.add(json("publish", "rebase as a string", "/api/rulesets/1/publish", "{\"rebase\": \"yes\"}", 400,
                "rebase"));
        cases.add(json("rollback", "the only version has nothing before it", "/api/rulesets/1/rollback", "{}", 409,
                null));
        cases.add(json("rollback", "an unknown version", "/api/rulesets/nope/rollback", "{}", 404, null));
    }

    private static void simulations(List<Hostile> cases) {
        String team = "\"team\": \"x\", \"answers\": {}";
        String[][] bad = {
                {"/api/simulations", "{" + team + "}", "plans"},
                {"/api/simulations", "{" + team + ", \"plans\": {}}", "plans"},
                {"/api/simulations", "{" + team + ", \"plans\": []}", "plans"},
                {"/api/simulations", "{" + team + ", \"plans\": [1]}", "plans[0]"},
                {"/api/simulations", "{" + team + ", \"plans\": [{\"changes\": {\"release.method\": \"manual\"}}]}",
                        "plans[0].name"},
                {"/api/simulations", "{" + team + ", \"plans\": [{\"name\": \"a\"}]}", "plans[0].changes"},
                {"/api/simulations", "{" + team + ", \"plans\": [{\"name\": \"a\", \"changes\": {\"nope\": 1}}]}",
                        "plans[0].changes.nope"},
                {"/api/simulations", "{" + team + ", \"plans\": [{\"name\": \"a\", \"changes\": {\"release.method\":"
                        + " \"teleport\"}}]}", "plans[0].changes.release.method"},
                {"/api/simulations", "{" + team + ", \"plans\": [{\"name\": \"a\", \"changes\": {\"release.method\":"
                        + " \"manual\"}, \"x\": 1}]}", "plans[0].x"},
                {"/api/simulations/path", "{" + team + "}", "model"},
                {"/api/simulations/path", "{" + team + ", \"model\": \"nope\", \"target\": 1}", "model"},
                {"/api/simulations/path", "{" + team + ", \"model\": \"microsoft\", \"target\": 99}", "target"},
                {"/api/simulations/path", "{" + team + ", \"model\": \"microsoft\", \"target\": \"3\"}", "target"},
                {"/api/simulations/path", "{" + team + ", \"model\": \"microsoft\", \"target\": 1.5}", "target"},
                {"/api/simulations/path", "{" + team + ", \"model\": \"microsoft\", \"target\": -1}", "target"},
                {"/api/simulations/impact", "{" + team + ", \"models\": \"microsoft\"}", "models"},
                {"/api/simulations/impact", "{" + team + ", \"models\": [\"nope\"]}", "models"},
                {"/api/simulations/impact", "{" + team + ", \"models\": [1]}", "models"}};
        for (String[] simulation : bad) {
            cases.add(json("simulation " + simulation[0], FieldCases.abbreviated(simulation[1]), simulation[0],
                    simulation[1], 400, simulation[2]));
        }
        StringBuilder plans = new StringBuilder();
        for (int i = 0; i < 51; i++) {
            plans.append(i == 0 ? "" : ",").append("{\"name\": \"p").append(i).append("\", \"changes\": {}}");
        }
        cases.add(json("simulation /api/simulations", "51 plans", "/api/simulations",
                "{" + team + ", \"plans\": [" + plans + "]}", 413, "plans"));
    }

    private static void csvFiles(List<Hostile> cases, String team) {
        String[][] bad = {
                {"an empty file", "", "line 1"},
                {"an unbalanced quote", "team,name\n" + team + ",\"unclosed\n", "(body)"},
                {"an unknown column", "team,colour\n" + team + ",red\n", "line 1, column colour (B)"},
                {"a repeated column", "team,team\n" + team + "," + team + "\n", "line 1, column team (B)"},
                {"no team column", "name\nx\n", "line 1"},
                {"a path as team id", "team\n../../etc/passwd\n", "line 2, column team (A)"},
                {"a formula as team id", "team\n=1+1\n", "line 2, column team (A)"},
                {"a NUL in the team id", "team\na\u0000b\n", "line 2, column team (A)"},
                {"more cells than the header", "team\n" + team + ",extra\n", "line 2"},
                {"a name of 201 characters", "team,name\n" + team + "," + "n".repeat(201) + "\n",
                        "line 2, column name (B)"},
                {"5000 unknown columns", "team," + "c,".repeat(4999) + "c\n" + team + "\n", "line 1, column c (B)"},
                {"a value in a column without a header", "team,\n" + team + ",x\n", "line 2, column (no header) (B)"},
                {"mlUseCases not a number", "team,mlUseCases\n" + team + ",three\n", "line 2, column mlUseCases (B)"},
                {"a flag that is not yes or no", "team,inProduction\n" + team + ",maybe\n",
                        "line 2, column inProduction (B)"}};
        for (String[] file : bad) {
            cases.add(new Hostile("csv import", file[0], api -> csv(api, file[1]), 400, file[2]));
        }
        cases.add(new Hostile("csv import", "only a byte-order mark", api -> csv(api, "\uFEFF"), 400, "line 1"));
        cases.add(new Hostile("csv import", "skipBadRows=maybe", api -> api.request("/api/imports?skipBadRows=maybe")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString("team\n" + team + "\n")),
                400, null));
        byte[] latin1 = ("team,name\n" + team + ",Caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1);
        cases.add(new Hostile("csv import", "Latin-1 sent as UTF-8", api -> api.request("/api/imports")
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)), 400,
                "line 2, byte " + (latin1.length - 2)));
        cases.add(new Hostile("json import", "teams not an array", api -> api.request("/api/imports")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                        .ofString("{\"teams\": {}}")), 400, "line 1, field teams"));
        cases.add(new Hostile("json import", "a team that is not an object", api -> api.request("/api/imports")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                        .ofString("{\"teams\": [1]}")), 400, "line 1, field teams[0]"));
    }
}
