package org.maturityadvisor.teams;

import java.util.List;

/** An import file as read: problems of the file as a whole (never skippable) and its rows. */
record ParsedImport(List<ImportError> fileErrors, List<ImportRow> rows) {

    ParsedImport {
        fileErrors = List.copyOf(fileErrors);
        rows = List.copyOf(rows);
    }

    static ParsedImport refused(ImportError error) {
        return new ParsedImport(List.of(error), List.of());
    }
}
