package org.maturityadvisor.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table row traced: its 1-based row (a CSV table's line), its key, its cells as typed (null when blank), the mark
 * this result gives it with a note saying why ("level reached", "6 of 8 met, not complete", the doubt of an unknown
 * answer), and the team's answer (criterion rows only; null on the others).
 */
public record TraceRow(int number, String key, List<String> cells, TraceMark mark, String note, TraceAnswer answer) {

    public TraceRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
