package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.StoredLevel;

/** A team's history as Chart.js reads it: one line per model, one point per assessment, oldest first. */
public record HistoryChart(List<String> labels, List<Series> datasets) {

    public record Series(String label, List<Integer> data) {
    }

    /** @param newestFirst the history as the store returns it */
    static HistoryChart of(List<HistoryEntry> newestFirst) {
        List<HistoryEntry> entries = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(entries);
        Map<String, List<Integer>> byModel = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry entry = entries.get(i);
            labels.add("#" + entry.seq() + " " + entry.assessedAt().toLocalDate());
            for (StoredLevel level : entry.levels()) {
                List<Integer> data = byModel.computeIfAbsent(level.model(), m -> new ArrayList<>());
                while (data.size() < i) {
                    data.add(null); // a model the rules did not have then
                }
                data.add(level.level());
            }
        }
        return new HistoryChart(labels, byModel.entrySet().stream()
                .map(e -> new Series(e.getKey(), e.getValue())).toList());
    }
}
