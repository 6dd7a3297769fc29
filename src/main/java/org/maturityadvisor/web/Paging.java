package org.maturityadvisor.web;

import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;

/** Page sizes: 1 to 500 items, 50 unless asked. */
final class Paging {

    static final int DEFAULT = 50;
    static final int MAX = 500;

    private Paging() {
    }

    static int limit(int limit) {
        if (limit < 1 || limit > MAX) {
            throw new InvalidInputException("paging parameter", List.of(new InputError("limit", "expected 1 to " + MAX + ", got "
                    + limit)));
        }
        return limit;
    }
}
