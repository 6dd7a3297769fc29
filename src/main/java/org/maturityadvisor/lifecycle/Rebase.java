package org.maturityadvisor.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.maturityadvisor.ruleset.RuleFile;

/**
 * A draft's own changes applied to another version: every file the draft changed, added or removed against the
 * version it was built on, applied to the version active now. A file both changed differently is a conflict: one of
 * the two edits would be lost, so nothing is applied.
 */
final class Rebase {

    /** The rebased files, sorted by name, or the names of the files both sides changed. */
    record Result(List<RuleFile> files, List<String> conflicts) {
    }

    private Rebase() {
    }

    static Result apply(List<RuleFile> base, List<RuleFile> draft, List<RuleFile> now) {
        Map<String, byte[]> was = contents(base);
        Map<String, byte[]> ours = contents(draft);
        Map<String, byte[]> result = contents(now);
        List<String> conflicts = new ArrayList<>();
        List<String> names = new ArrayList<>(was.keySet());
        ours.keySet().stream().filter(name -> !was.containsKey(name)).forEach(names::add);
        for (String name : names) {
            byte[] before = was.get(name);
            byte[] mine = ours.get(name);
            if (same(before, mine)) {
                continue; // the draft did not touch it: the active version's file stands
            }
            byte[] theirs = result.get(name);
            if (!same(before, theirs) && !same(mine, theirs)) {
                conflicts.add(name);
            } else if (mine == null) {
                result.remove(name);
            } else {
                result.put(name, mine);
            }
        }
        List<RuleFile> files = result.entrySet().stream().map(e -> new RuleFile(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(RuleFile::name)).toList();
        return new Result(conflicts.isEmpty() ? files : List.of(), List.copyOf(conflicts));
    }

    private static Map<String, byte[]> contents(List<RuleFile> files) {
        Map<String, byte[]> contents = new LinkedHashMap<>();
        files.forEach(file -> contents.put(file.name(), file.content()));
        return contents;
    }

    private static boolean same(byte[] a, byte[] b) {
        return Objects.equals(a == null, b == null) && (a == null || Arrays.equals(a, b));
    }
}
