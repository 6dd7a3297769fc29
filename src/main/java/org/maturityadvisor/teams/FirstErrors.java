package org.maturityadvisor.teams;

import java.util.ArrayList;
import java.util.List;

/** The first problems of an import, up to a cap, and how many there were in all: 100,000 bad rows cost 100 errors. */
final class FirstErrors {

    private final int cap;
    private final List<ImportError> first = new ArrayList<>();
    private long total;

    FirstErrors(int cap) {
        this.cap = cap;
    }

    void add(ImportError error) {
        total++;
        if (first.size() < cap) {
            first.add(error);
        }
    }

    List<ImportError> first() {
        return first;
    }

    long total() {
        return total;
    }
}
