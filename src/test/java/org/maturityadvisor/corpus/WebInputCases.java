package org.maturityadvisor.corpus;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameters that do not convert to what a handler takes (a version number past a long, an empty version, no version
 * at all) on the API and the workbench, and a what-if change outside its practice's choices: each a 400 naming its
 * parameter or field, none an unhandled exception. The workbench's answers are pages and fragments, so only their
 * status is checked here (WebInputErrorsTest reads their text).
 */
final class WebInputCases {

    static final String PAST_A_LONG = "9223372036854775808";

    private WebInputCases() {
    }

    static List<Hostile> all() {
        List<Hostile> cases = new ArrayList<>();
        versionIds(cases);
        workbench(cases);
        return cases;
    }

    private static void versionIds(List<Hostile> cases) {
        for (String path : List.of("/api/rulesets/" + PAST_A_LONG, "/api/rulesets/" + PAST_A_LONG + "/report")) {
            cases.add(new Hostile("version id", "GET " + path, api -> api.request(path).GET(), 400, "id"));
        }
        for (String action : List.of("publish", "rollback")) {
            String path = "/api/rulesets/" + PAST_A_LONG + "/" + action;
            cases.add(new Hostile("version id", "POST " + path, api -> api.request(path)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")),
                    400, "id"));
            // refused by the security firewall before any handler: no parameter to name, so the path is named
            String empty = "/api/rulesets//" + action;
            cases.add(new Hostile("version id", "POST " + empty, api -> api.request(empty)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")),
                    400, "(path)"));
        }
    }

    private static void workbench(List<Hostile> cases) {
        for (String path : List.of("/rulesets/" + PAST_A_LONG, "/rulesets/compare?from=&to=1",
                "/rulesets/compare?from=1&to=" + PAST_A_LONG, "/rulesets/compare?to=1")) {
            cases.add(new Hostile("workbench page", "GET " + path, api -> api.request(path)
                    .header("Accept", "text/html").GET(), 400, null));
        }
        cases.add(new Hostile("what-if", "an anonymous change outside the practice's choices", api -> api
                .anonymous("/what-if").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("team=x&w.release.method=bogus")), 400, null));
    }
}
