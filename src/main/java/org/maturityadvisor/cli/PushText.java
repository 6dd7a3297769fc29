package org.maturityadvisor.cli;

import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * What the service answered a pushed scan, for the pipeline's log: the team's levels in the new assessment and how its
 * answers compare with what the repository shows (how many agree, were claimed but not found, found but answered
 * lower, found and not answered).
 */
final class PushText {

    private PushText() {
    }

    static String render(String url, String team, JsonNode answer) {
        JsonNode assessment = answer.path("assessment");
        String seq = text(assessment, "seq", "");
        StringBuilder out = new StringBuilder("\nSent to ").append(url).append(" for team ").append(team)
                .append(": the service stored the scan and a new assessment")
                .append(seq.isEmpty() ? "" : " (#" + seq + ")").append('\n');
        JsonNode levels = assessment.has("levels") ? assessment.path("levels") : assessment.path("models");
        for (JsonNode model : levels) {
            out.append("  ").append(text(model, "model", "?")).append(": level ").append(text(model, "level", "?"));
            String levelName = text(model, "levelName", "");
            out.append(levelName.isEmpty() ? "" : ", " + levelName).append('\n');
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode check : answer.path("observed")) {
            counts.merge(text(check, "agreement", "?"), 1, Integer::sum);
        }
        int checks = answer.path("observed").size();
        out.append("  Claimed vs observed: ").append(ScanText.count(checks, "practice", "practices"))
                .append(" looked for");
        counts.forEach((agreement, count) -> out.append(", ").append(count).append(' ').append(words(agreement)));
        return out.append('\n').toString();
    }

    /** An agreement's words, from its id on the wire. */
    private static String words(String id) {
        return java.util.Arrays.stream(org.maturityadvisor.catalog.Agreement.values())
                .filter(agreement -> agreement.id().equals(id)).findFirst()
                .map(org.maturityadvisor.catalog.Agreement::words).orElse(id);
    }

    private static String text(JsonNode node, String field, String otherwise) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asString() : otherwise;
    }
}
