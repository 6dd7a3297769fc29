package org.maturityadvisor.corpus;

import static org.maturityadvisor.corpus.FieldCases.csv;
import static org.maturityadvisor.corpus.FieldCases.json;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Text that one database stores and another refuses, or stores altered (issue 21): U+0000, other control characters,
 * lone surrogates, and bidirectional overrides in a name. Refused with 400 naming the field, on H2 and PostgreSQL
 * alike, before anything is stored. (The publish races are in {@code ConcurrentPublishApiTest}: they need two requests
 * at once, not one.)
 */
final class TextAndRaceCases {

    private TextAndRaceCases() {
    }

    static List<Hostile> all(String team) {
        List<Hostile> cases = new ArrayList<>();
        // each is the JSON text of the name: escapes reach the service as the character itself
        String[][] names = {{"U+0000", "a\\u0000b"}, {"a bell (U+0007)", "a\\u0007b"}, {"a line feed", "a\\nb"},
                {"a tab", "a\\tb"}, {"a C1 control (U+0085)", "a\\u0085b"}, {"DEL (U+007F)", "a\\u007fb"},
                {"a lone high surrogate", "a\\ud800b"}, {"a lone low surrogate", "a\\udc00b"},
                {"a high surrogate at the end", "ab\\ud83d"},
                {"a right-to-left override (U+202E)", "evil\\u202egnp.exe"},
                {"a left-to-right embedding (U+202A)", "a\\u202ab"}, {"a pop directional (U+202C)", "a\\u202cb"},
                {"a first-strong isolate (U+2068)", "a\\u2068b"}, {"a pop isolate (U+2069)", "a\\u2069b"}};
        for (String[] name : names) {
            cases.add(json("team name", name[0], "/api/teams", "{\"id\": \"text-case\", \"name\": \"" + name[1]
                    + "\"}", 400, "name"));
        }
        String[][] imported = {{"U+0000", "a\u0000b"}, {"a bell (U+0007)", "a\u0007b"},
                {"a C1 control (U+0085)", "a\u0085b"}, {"a right-to-left override (U+202E)", "evil\u202egnp"},
                {"a right-to-left isolate (U+2067)", "a\u2067b"}};
        for (String[] name : imported) {
            cases.add(new Hostile("csv import name", name[0], api -> csv(api, "team,name\n" + team + "," + name[1]
                    + "\n"), 400, "line 2, column name (B)"));
        }
        String[][] comments = {{"U+0000", "a%00b"}, {"a bell (U+0007)", "a%07b"}, {"a C1 control (U+009B)",
                "a%C2%9Bb"}, {"an escape (U+001B)", "a%1B%5B2Jb"}};
        byte[] garbage = "not a spreadsheet".getBytes(StandardCharsets.UTF_8);
        for (String[] comment : comments) {
            cases.add(new Hostile("draft comment", comment[0], api -> UploadCases.multipart(api, "?comment="
                    + comment[1], "file", "practices.csv", garbage), 400, "comment"));
        }
        // tab and line breaks are a comment's own: it passes, and the garbage file is what is refused
        cases.add(new Hostile("draft comment", "a tab and a line break (allowed)", api -> UploadCases.multipart(api,
                "?comment=line%09one%0D%0Aline%20two", "file", "practices.csv", garbage), 422, null));
        for (String[] reason : new String[][] {{"U+0000", "a\\u0000b"}, {"a lone surrogate", "a\\udfffb"},
                {"a bell (U+0007)", "a\\u0007b"}}) {
            for (String action : List.of("publish", "rollback")) {
                cases.add(new Hostile(action + " reason", reason[0], api -> api.request("/api/rulesets/1/" + action)
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                                "{\"reason\": \"" + reason[1] + "\"}")), 400, "reason"));
            }
        }
        return cases;
    }
}
