package org.maturityadvisor.teams;

import java.util.List;

/**
 * An import file read one row at a time, so that no more than the row in hand is held whatever the file's size.
 * A file that cannot be read on (not valid CSV or JSON halfway down) throws {@link InvalidImportException} with that
 * one problem, refusing the whole import; a row past {@code maturity.limits.import-rows} throws
 * {@link org.maturityadvisor.catalog.LimitExceededException}.
 */
interface ImportRows {

    /** Problems of the file as a whole, never skippable: the header's at once, a JSON file's trailing fields by the end. */
    List<ImportError> fileErrors();

    /** The next row, or null after the last. */
    ImportRow next();

    /** Every row at once, for tests and small files. */
    default ParsedImport readAll() {
        List<ImportRow> rows = new java.util.ArrayList<>();
        try {
            for (ImportRow row = next(); row != null; row = next()) {
                rows.add(row);
            }
        } catch (InvalidImportException refused) {
            return ParsedImport.refused(refused.errors().get(0));
        }
        return new ParsedImport(fileErrors(), rows);
    }

    /** A file refused whole before any row: {@code error} is its only problem. */
    static ImportRows refused(ImportError error) {
        return new ImportRows() {
            @Override
            public List<ImportError> fileErrors() {
                return List.of(error);
            }

            @Override
            public ImportRow next() {
                return null;
            }
        };
    }
}
