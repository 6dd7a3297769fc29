package org.maturityadvisor.workbench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maturityadvisor.simulation.PracticeChange;

/**
 * A what-if kept under a name: the answers it changes (practice to value, null for unanswered). A stored team's plan
 * has the id the team's plans gave it; a plan of an unstored result has none and lives in the page URL as one
 * {@code plan} field: its name on the first line, then one {@code practice=value} per line.
 */
record KeptPlan(String id, String name, Map<String, String> changes) {

    static final String FIELD = "plan";

    KeptPlan {
        name = name == null ? "" : name.strip();
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes));
    }

    /** A plan field as the page URL (or the form) carries it. */
    static KeptPlan parse(String text) {
        List<String> lines = text.lines().toList();
        Map<String, String> changes = new LinkedHashMap<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                String value = line.substring(equals + 1).strip();
                changes.put(line.substring(0, equals).strip(), value.isEmpty() ? null : value);
            }
        }
        return new KeptPlan(null, lines.isEmpty() ? "" : lines.get(0), changes);
    }

    static KeptPlan of(String id, String name, List<PracticeChange> changes) {
        Map<String, String> values = new LinkedHashMap<>();
        changes.forEach(change -> values.put(change.practice(), change.value()));
        return new KeptPlan(id, name, values);
    }

    /** This plan as one {@code plan} field. */
    String field() {
        return name + changes.entrySet().stream().map(change -> "\n" + change.getKey() + "="
                + (change.getValue() == null ? "" : change.getValue())).collect(Collectors.joining());
    }

    public boolean stored() {
        return id != null;
    }
}
