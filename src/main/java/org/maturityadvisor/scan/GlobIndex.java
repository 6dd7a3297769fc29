package org.maturityadvisor.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which detectors a file's name can concern, found without running every glob: a glob's alternatives (braces expanded)
 * each end in an exact file name ({@code Dockerfile}), an extension ({@code *.py}) or something else; a file is tested
 * only against the globs of its name, of its extension and of the something-else kind. The answer is the same as
 * testing every glob, in table order.
 */
final class GlobIndex {

    private static final int MAX_ALTERNATIVES = 64;

    private final Map<String, int[]> byName;
    private final Map<String, int[]> byExtension;
    private final int[] always;

    GlobIndex(List<Detector> detectors) {
        Map<String, List<Integer>> names = new HashMap<>();
        Map<String, List<Integer>> extensions = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < detectors.size(); i++) {
            List<String> alternatives = expand(detectors.get(i).path().toString());
            List<Key> keys = new ArrayList<>();
            boolean indexed = alternatives != null;
            for (String alternative : indexed ? alternatives : List.<String>of()) {
                Key key = key(alternative);
                if (key == null) {
                    indexed = false;
                    break;
                }
                keys.add(key);
            }
            if (!indexed) {
                rest.add(i);
                continue;
            }
            for (Key key : keys) {
                List<Integer> list = (key.part() == Part.NAME ? names : extensions).computeIfAbsent(key.text(),
                        k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != i) {
                    list.add(i);
                }
            }
        }
        byName = arrays(names);
        byExtension = arrays(extensions);
        always = rest.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The detectors (by index, ascending) whose glob may match a file of this name; each must still be tested. */
    int[] candidates(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int[] named = byName.getOrDefault(fileName, NONE);
        int[] extended = dot < 0 ? NONE : byExtension.getOrDefault(fileName.substring(dot + 1), NONE);
        if (named.length == 0 && always.length == 0) {
            return extended;
        }
        return merged(merged(named, extended), always);
    }

    private static final int[] NONE = new int[0];

    /** Which part of a file's name a glob's last segment pins down. */
    private enum Part { NAME, EXTENSION }

    /** The exact file name or extension a glob's last segment pins down. */
    private record Key(Part part, String text) {
    }

    /** The key of an exact file name, of {@code *.e}, or null for anything else. */
    private static Key key(String glob) {
        String last = glob.substring(glob.lastIndexOf('/') + 1);
        if (last.isEmpty() || last.contains("**")) {
            return null;
        }
        if (!last.contains("*") && !last.contains("?")) {
            return new Key(Part.NAME, last);
        }
        int dot = last.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String extension = last.substring(dot + 1);
        return extension.isEmpty() || extension.contains("*") || extension.contains("?") ? null
                : new Key(Part.EXTENSION, extension);
    }

    /** A glob's brace alternatives, nested braces included; null past {@link #MAX_ALTERNATIVES}. */
    static List<String> expand(String glob) {
        int open = glob.indexOf('{');
        if (open < 0) {
            return List.of(glob);
        }
        int depth = 0;
        int close = -1;
        List<String> parts = new ArrayList<>();
        int start = open + 1;
        for (int i = open; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    parts.add(glob.substring(start, i));
                    close = i;
                    break;
                }
            } else if (c == ',' && depth == 1) {
                parts.add(glob.substring(start, i));
                start = i + 1;
            }
        }
        if (close < 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            List<String> expanded = expand(glob.substring(0, open) + part + glob.substring(close + 1));
            if (expanded == null || out.size() + expanded.size() > MAX_ALTERNATIVES) {
                return null;
            }
            out.addAll(expanded);
        }
        return out;
    }

    private static Map<String, int[]> arrays(Map<String, List<Integer>> lists) {
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((key, list) -> out.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static int[] merged(int[] a, int[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length || j < b.length) {
            int next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
            if (n == 0 || out[n - 1] != next) {
                out[n++] = next;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
