package org.maturityadvisor.teams;

import java.util.List;

/** An import was refused and nothing of it written; carries every problem found, each with its line and column. */
public class InvalidImportException extends RuntimeException {

    private final transient List<ImportError> errors;
    private final long badRows;

    InvalidImportException(List<ImportError> errors, long badRows) {
        super(errors.size() + " problems in " + badRows + " rows; nothing was imported");
        this.errors = List.copyOf(errors);
        this.badRows = badRows;
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** How many rows are at fault (0 when only the header or the file as a whole is). */
    public long badRows() {
        return badRows;
    }
}
