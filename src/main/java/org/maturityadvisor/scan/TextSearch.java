package org.maturityadvisor.scan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Many texts looked for in one pass over a file's bytes (Aho-Corasick, over UTF-8): which of them occur. A file is
 * read once whatever the number of detectors, instead of once per detector.
 */
final class TextSearch {

    private final int[] next; // state * 256 + byte -> state
    private final BitSet[] found; // state -> the texts that end here (through its suffix links too)
    private final boolean[] accepting;
    private final int texts;

    TextSearch(List<String> texts) {
        this.texts = texts.size();
        List<int[]> goTo = new ArrayList<>();
        List<BitSet> ends = new ArrayList<>();
        goTo.add(filled());
        ends.add(new BitSet());
        for (int t = 0; t < texts.size(); t++) {
            int state = 0;
            for (byte b : texts.get(t).getBytes(StandardCharsets.UTF_8)) {
                int c = b & 0xff;
                if (goTo.get(state)[c] < 0) {
                    goTo.get(state)[c] = goTo.size();
                    goTo.add(filled());
                    ends.add(new BitSet());
                }
                state = goTo.get(state)[c];
            }
            ends.get(state).set(t);
        }
        int states = goTo.size();
        int[] fail = new int[states];
        next = new int[states * 256];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < 256; c++) {
            int child = goTo.get(0)[c];
            next[c] = Math.max(child, 0);
            if (child > 0) {
                fail[child] = 0;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            ends.get(state).or(ends.get(fail[state]));
            for (int c = 0; c < 256; c++) {
                int child = goTo.get(state)[c];
                if (child >= 0) {
                    fail[child] = next[fail[state] * 256 + c];
                    next[state * 256 + c] = child;
                    queue.add(child);
                } else {
                    next[state * 256 + c] = next[fail[state] * 256 + c];
                }
            }
        }
        found = ends.toArray(new BitSet[0]);
        accepting = new boolean[states];
        for (int state = 0; state < states; state++) {
            accepting[state] = !found[state].isEmpty();
        }
    }

    private static int[] filled() {
        int[] row = new int[256];
        Arrays.fill(row, -1);
        return row;
    }

    /** The texts (by index) that occur in the bytes. */
    BitSet in(byte[] bytes, int length) {
        BitSet seen = new BitSet(texts);
        int state = 0;
        int[] table = next;
        for (int i = 0; i < length; i++) {
            state = table[(state << 8) | (bytes[i] & 0xff)];
            if (accepting[state]) {
                seen.or(found[state]);
            }
        }
        return seen;
    }
}
