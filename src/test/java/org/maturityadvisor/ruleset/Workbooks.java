package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks made in the test as a program would write them, or with a part replaced by hand-written XML. */
final class Workbooks {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Numbers with at most 15 significant digits, which every reader shows alike; dates among them. */
    static final double[] NUMBERS = {0, 1, -1, 1.5, 0.1, -0.5, 0.125, 4.35, 2.675, 1.005, 60, 100, 1234.5, 12345.6789,
            1234567.891, 0.000123, 45000, 45000.5, 99999999999.0, 1e11, 1e20, 1e-20, 1e-11, 3.14159265358979};

    static final String[] FORMATS = {"General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", "0.00E+00",
            "##0.0E+0", "@", "yyyy-mm-dd", "m/d/yy h:mm", "h:mm:ss", "[h]:mm:ss", "mm:ss.0", "# ?/?", "# ??/??",
            "$#,##0.00", "#,##0;[Red]-#,##0", "0.00;-0.00;\"zero\"", "[>100]\"big\";\"small\"", "dd/mm/yyyy hh:mm:ss",
            "#", "\"x\"0", "0.00_);(0.00)", "mmm-yy", "[$-409]mmmm d, yyyy", "0.0000000000", ""};

    private Workbooks() {
    }

    static byte[] xssf(Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            content.accept(workbook);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every number under every format, one per row, in the 1900 or the 1904 date system. */
    static byte[] numbers(boolean date1904) {
        return xssf(workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(date1904);
            Sheet sheet = workbook.createSheet("numbers");
            int row = 0;
            for (String format : FORMATS) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(format));
                for (double number : NUMBERS) {
                    sheet.createRow(row++).createCell(0).setCellValue(number);
                    sheet.getRow(row - 1).getCell(0).setCellStyle(style);
                }
            }
        });
    }

    /** Text of every kind a cell holds: shared, rich, escaped, blank, booleans, errors. */
    static byte[] text() {
        return xssf(workbook -> {
            Sheet sheet = workbook.createSheet("text");
            String[] texts = {"plain", "  padded  ", " ", "", "line\nbreak", "carriage\rreturn", "tab\there",
                    "_x0041_ escaped", "x_x000D_y", "ünïcødé ✓", "=1+1", "'quoted", "&lt;not markup&gt;", "1"};
            for (int i = 0; i < texts.length; i++) {
                sheet.createRow(i).createCell(0).setCellValue(texts[i]);
            }
            XSSFRichTextString rich = new XSSFRichTextString("bold then plain");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            rich.applyFont(0, 4, bold);
            sheet.createRow(20).createCell(0).setCellValue(rich);
            sheet.createRow(21).createCell(0).setCellValue(true);
            sheet.getRow(21).createCell(1).setCellValue(false);
            sheet.createRow(22).createCell(0).setCellErrorValue(FormulaError.DIV0.getCode());
            sheet.getRow(22).createCell(1).setCellErrorValue(FormulaError.NA.getCode());
            sheet.createRow(23).createCell(3).setCellStyle(workbook.createCellStyle());
        });
    }

    /** Merged ranges over text, numbers and blanks, one overlapping another, one headed by a formula. */
    static byte[] merged() {
        return xssf(workbook -> {
            Sheet sheet = workbook.createSheet("merged");
            sheet.createRow(0).createCell(0).setCellValue("across");
            sheet.createRow(2).createCell(1).setCellValue(7);
            sheet.createRow(5).createCell(0).setCellFormula("1+1");
            sheet.addMergedRegion(CellRangeAddress.valueOf("A1:D1"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("B3:B6"));
            sheet.addMergedRegionUnsafe(CellRangeAddress.valueOf("A1:A3"));
            sheet.addMergedRegionUnsafe(CellRangeAddress.valueOf("A6:C7"));
            sheet.addMergedRegion(CellRangeAddress.valueOf("E9:F10"));
        });
    }

    /** Sheets whose order differs from their parts' order, one hidden, one empty. */
    static byte[] sheets() {
        return xssf(workbook -> {
            for (String name : new String[] {"first", "Zweite Tabelle", "third ✓", "empty"}) {
                Sheet sheet = workbook.createSheet(name);
                if (!name.equals("empty")) {
                    sheet.createRow(1).createCell(1).setCellValue(name);
                }
            }
            workbook.setSheetOrder("third ✓", 0);
            workbook.setSheetHidden(2, true);
        });
    }

    /** Formula cells: plain, text-valued, and an array formula over a range. */
    static byte[] formulas() {
        return xssf(workbook -> {
            Sheet sheet = workbook.createSheet("formulas");
            sheet.createRow(0).createCell(0).setCellValue(2);
            sheet.getRow(0).createCell(1).setCellFormula("A1*2");
            sheet.createRow(1).createCell(0).setCellFormula("\"text\"&A1");
            sheet.setArrayFormula("A1:A2*2", CellRangeAddress.valueOf("C1:D2"));
            sheet.createRow(3).createCell(0).setCellValue("after");
        });
    }

    /** A workbook linked to another one, as Excel writes it after pasting a link. */
    static byte[] linked() {
        return xssf(workbook -> {
            workbook.createSheet("linked").createRow(0).createCell(0).setCellValue("value");
            try (XSSFWorkbook other = new XSSFWorkbook()) {
                other.createSheet("source");
                workbook.linkExternalWorkbook("source.xlsx", other);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** What POI's streaming writer makes: inline strings, no shared strings part. */
    static byte[] streamed() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("streamed");
            sheet.createRow(0).createCell(0).setCellValue("inline text");
            sheet.getRow(0).createCell(1).setCellValue(42);
            sheet.createRow(1).createCell(2).setCellValue("  spaced  ");
            sheet.getRow(1).createCell(3).setCellValue(true);
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A workbook with cell styles 0 (General), 1 ("0.00") and 2 (a date), shared string 0 and this sheet XML. */
    static byte[] withSheetXml(String sheetData) {
        byte[] base = xssf(workbook -> {
            for (String format : new String[] {"0.00", "yyyy-mm-dd"}) {
                workbook.createCellStyle().setDataFormat(workbook.createDataFormat().getFormat(format));
            }
            workbook.createSheet("hand-written").createRow(0).createCell(0).setCellValue("shared");
        });
        return replace(base, Map.of("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" + sheetData
                + "</worksheet>"));
    }

    /** A zip holding one text file. */
    static byte[] zip(String name, String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry(name));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The workbook with these parts' content replaced. */
    static byte[] replace(byte[] workbook, Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                String replacement = parts.get(entry.getName());
                out.write(replacement == null ? in.readAllBytes() : replacement.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
