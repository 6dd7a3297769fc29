package org.maturityadvisor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetValidator;
import org.maturityadvisor.ruleset.ValidationReport;

/**
 * A copy of the shipped rules in a temporary directory, with the edits an analyst would make in Excel applied to the
 * real spreadsheet through Apache POI.
 */
public final class RulesFixture {

    public static final String TABLE = "microsoft-mlops.drl.xlsx";
    private final Path directory;

    private RulesFixture(Path directory) {
        this.directory = directory;
    }

    public static RulesFixture copyOfShipped(Path temp) {
        try (Stream<Path> files = Files.list(ShippedRules.DIRECTORY)) {
            Files.createDirectories(temp);
            for (Path file : files.toList()) {
                Files.copy(file, temp.resolve(file.getFileName()));
            }
            return new RulesFixture(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the rules already in {@code directory} (watch-mode tests edit the directory a service loads). */
    public static RulesFixture at(Path directory) {
        return new RulesFixture(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Sets a cell of the decision table, e.g. {@code setCell("C40", "2")}; returns the spreadsheet row number. */
    public RulesFixture setCell(String reference, String value) {
        return setCell(TABLE, reference, value);
    }

    /** Sets a cell of another table of the rule set, e.g. {@code setCell("target-level.drl.xlsx", "C12", "4")}. */
    public RulesFixture setCell(String file, String reference, String value) {
        editTable(file, sheet -> {
            Cell cell = cellAt(sheet, reference);
            if (value == null) {
                cell.getRow().removeCell(cell);
            } else {
                cell.setCellValue(value);
            }
        });
        return this;
    }

    /**
     * Inserts a row into a table, as "Insert row" in Excel does: the rows from {@code rowNumber} (1-based) on move one
     * down and the new row gets these cell texts from column A.
     */
    public RulesFixture insertRow(String file, int rowNumber, List<String> cells) {
        editTable(file, sheet -> {
            sheet.shiftRows(rowNumber - 1, Math.max(rowNumber - 1, sheet.getLastRowNum()), 1);
            Row row = sheet.createRow(rowNumber - 1);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(cells.get(c));
            }
        });
        return this;
    }

    /** Deletes a row of a table, as "Delete row" in Excel does: the rows below move one up. */
    public RulesFixture removeRow(String file, int rowNumber) {
        editTable(file, sheet -> {
            sheet.removeRow(sheet.getRow(rowNumber - 1));
            sheet.shiftRows(rowNumber, sheet.getLastRowNum(), -1);
        });
        return this;
    }

    /** Puts a formula into a cell of the decision table, as an analyst (or an attacker) could in Excel. */
    public RulesFixture setFormula(String reference, String formula) {
        editTable(TABLE, sheet -> cellAt(sheet, reference).setCellFormula(formula));
        return this;
    }

    private static Cell cellAt(Sheet sheet, String reference) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(reference);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    /** Loads this rule set expecting it to be refused, and returns every problem named. */
    public List<RuleSetProblem> problems() {
        Throwable thrown = Assertions.catchThrowable(() -> RuleSetLoader.load(directory));
        Assertions.assertThat(thrown).isInstanceOf(RuleSetException.class);
        return ((RuleSetException) thrown).problems();
    }

    /** Every file of this rule set, as a draft to validate. */
    public List<RuleFile> files() {
        return RuleSetLoader.read(directory);
    }

    /** Validates this rule set as a draft against the shipped rules, the template. */
    public ValidationReport validate() {
        return RuleSetValidator.validate(files(), RuleSetLoader.read(ShippedRules.DIRECTORY));
    }

    /** The spreadsheet row (1-based) of the first cell of {@code column} holding exactly {@code text}. */
    public int rowOfCell(String column, String text) {
        int[] found = {-1};
        int index = org.apache.poi.ss.util.CellReference.convertColStringToIndex(column);
        readTable(TABLE, sheet -> sheet.forEach(row -> {
            Cell cell = row.getCell(index);
            if (found[0] < 0 && cell != null && text.equals(cell.toString().strip())) {
                found[0] = row.getRowNum() + 1;
            }
        }));
        if (found[0] < 0) {
            throw new IllegalArgumentException("no cell " + text + " in column " + column);
        }
        return found[0];
    }

    /** The text of a cell of the decision table, or null when it is empty. */
    public String cell(String reference) {
        String[] text = {null};
        readTable(TABLE, sheet -> {
            org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(reference);
            Row row = sheet.getRow(ref.getRow());
            Cell cell = row == null ? null : row.getCell(ref.getCol());
            String value = cell == null ? "" : cell.toString().strip();
            text[0] = value.isEmpty() ? null : value;
        });
        return text[0];
    }

    /** The spreadsheet row (1-based) of the criterion with this id. */
    public int rowOf(String criterionId) {
        return rowOf(TABLE, criterionId);
    }

    /** The spreadsheet row (1-based) of the row of {@code file} whose first cell is {@code id}. */
    public int rowOf(String file, String criterionId) {
        int[] found = {-1};
        readTable(file, sheet -> sheet.forEach(row -> {
            Cell first = row.getCell(0);
            if (first != null && criterionId.equals(first.toString())) {
                found[0] = row.getRowNum() + 1;
            }
        }));
        if (found[0] < 0) {
            throw new IllegalArgumentException("no row " + criterionId + " in " + file);
        }
        return found[0];
    }

    public RulesFixture writeFile(String name, String content) {
        try {
            Files.writeString(directory.resolve(name), content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RulesFixture rename(String from, String to) {
        try {
            Files.move(directory.resolve(from), directory.resolve(to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a new spreadsheet into the rule set, one list of cell texts per sheet row (an empty list is an empty
     * row), as an analyst would save a new table from Excel.
     */
    public RulesFixture writeTable(String name, List<List<String>> rows) {
        try (Workbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(directory.resolve(name))) {
            Sheet sheet = book.createSheet("Model");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (!rows.get(r).get(c).isEmpty()) {
                        row.createCell(c).setCellValue(rows.get(r).get(c));
                    }
                }
            }
            book.write(out);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readTable(String file, java.util.function.Consumer<Sheet> reader) {
        try (InputStream in = Files.newInputStream(directory.resolve(file)); Workbook book = new XSSFWorkbook(in)) {
            reader.accept(book.getSheetAt(0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void editTable(String file, java.util.function.Consumer<Sheet> edit) {
        Path table = directory.resolve(file);
        try (InputStream in = Files.newInputStream(table); Workbook book = new XSSFWorkbook(in)) {
            edit.accept(book.getSheetAt(0));
            try (OutputStream out = Files.newOutputStream(table)) {
                book.write(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
