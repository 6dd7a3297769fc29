package org.maturityadvisor.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.maturityadvisor.wire.WireId;

/**
 * What a new detector table changes against the one in force: each detector added, removed or changed (with the
 * columns that differ), in the new table's order and then the removed ones. What a draft's preview shows an analyst
 * before the scan cases gate it.
 */
public final class DetectorDiff {

    /** What happened to one detector. */
    public enum Kind implements WireId {
        ADDED("added"), REMOVED("removed"), CHANGED("changed");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        /** For people: added, removed, changed. */
        public String words() {
            return id;
        }
    }

    /**
     * One detector that differs: its id, what happened, the practice and value it shows now (before, when removed),
     * and the columns that changed (empty unless changed).
     */
    public record Change(String id, Kind kind, String practice, String value, List<String> columns) {
        public Change {
            columns = List.copyOf(columns);
        }
    }

    private DetectorDiff() {
    }

    public static List<Change> between(Detectors before, Detectors after) {
        Map<String, Detector> old = new LinkedHashMap<>();
        before.all().forEach(detector -> old.put(detector.id(), detector));
        List<Change> changes = new ArrayList<>();
        for (Detector now : after.all()) {
            Detector was = old.remove(now.id());
            if (was == null) {
                changes.add(new Change(now.id(), Kind.ADDED, now.practice(), now.value(), List.of()));
            } else {
                List<String> columns = columns(was, now);
                if (!columns.isEmpty()) {
                    changes.add(new Change(now.id(), Kind.CHANGED, now.practice(), now.value(), columns));
                }
            }
        }
        old.values().forEach(was -> changes.add(new Change(was.id(), Kind.REMOVED, was.practice(), was.value(),
                List.of())));
        return changes;
    }

    /** The table's columns whose cells differ between two versions of a detector. */
    private static List<String> columns(Detector was, Detector now) {
        List<String> columns = new ArrayList<>();
        differs(columns, "practice", was.practice(), now.practice());
        differs(columns, "value", was.value(), now.value());
        differs(columns, "path", was.path().toString(), now.path().toString());
        differs(columns, "kind", was.pattern().kind(), now.pattern().kind());
        differs(columns, "pattern", was.pattern().text(), now.pattern().text());
        differs(columns, "shows", was.shows(), now.shows());
        differs(columns, "ecosystems", was.ecosystems(), now.ecosystems());
        return columns;
    }

    private static void differs(List<String> columns, String column, Object was, Object now) {
        if (!Objects.equals(was, now)) {
            columns.add(column);
        }
    }
}
