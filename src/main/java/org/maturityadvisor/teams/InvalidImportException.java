package org.maturityadvisor.teams;

import java.util.List;

/** An import was refused and nothing of it written; carries every problem found, each with its line and column. */
public class InvalidImportException extends RuntimeException {

    private final transient List<ImportError> errors;
    private final long badRows;
    private final long total;

    InvalidImportException(List<ImportError> errors, long badRows) {
        this(errors, badRows, errors.size());
    }

    /** @param errors the first problems found (the caller caps them); {@code total} counts them all */
    InvalidImportException(List<ImportError> errors, long badRows, long total) {
        super(total + " problems in " + badRows + " rows; nothing was imported");
        this.errors = List.copyOf(errors);
        this.badRows = badRows;
        this.total = total;
    }

    /** How many problems there are in all (more than {@link #errors()} holds when it was capped). */
    public long total() {
        return total;
    }

    public List<ImportError> errors() {
        return errors;
    }

    /** How many rows are at fault (0 when only the header or the file as a whole is). */
    public long badRows() {
        return badRows;
    }
}
