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
        StringBuilder out = new StringBuilder("\nSent to ").append(url).append(" for team ").append(team)
                .append(": the service stored the scan and a new assessment\n");
        JsonNode assessment = answer.path("assessment");
        for (JsonNode model : assessment.path("models")) {
            String name = text(model, "modelName", text(model, "model", "?"));
            out.append("  ").append(name).append(": level ").append(text(model, "level", "?"));
            String levelName = text(model, "levelName", "");
            out.append(levelName.isEmpty() ? "" : ", " + levelName).append('\n');
        }
        JsonNode target = assessment.path("target");
        if (target.isObject()) {
            out.append("  Target: level ").append(text(target, "target", "?")).append(" of ")
                    .append(text(target, "model", "?")).append(" (").append(text(target, "status", "?").replace('-', ' '))
                    .append(")\n");
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
