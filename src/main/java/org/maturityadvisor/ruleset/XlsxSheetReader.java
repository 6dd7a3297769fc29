package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One sheet's XML, read as XSSFSheet and DataFormatter show it: a cell's row is its row element's and its column its
 * own reference's (or the next one, as XSSFRow numbers cells without one); a later row or cell of the same number
 * replaces an earlier one; a cell with a formula, or inside an array formula's range, is only noted, its cached value
 * never read. Elements outside the SpreadsheetML namespace are not cells and are skipped.
 */
final class XlsxSheetReader extends DefaultHandler {

    /** A cell as read: its text (null when nothing shows), or that it holds a formula. */
    private record Content(String text, boolean formula) {
        static final Content FORMULA = new Content(null, true);
    }

    private final XlsxBook book;
    private final boolean worksheet;
    private final String name;
    private final TableLimits limits;
    private long cellCount;
    private final SortedMap<Integer, SortedMap<Integer, Content>> cells = new TreeMap<>();
    private final List<CellRangeAddress> arrays = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final List<long[]> columnStyles = new ArrayList<>();
    private boolean sheetData;
    private int row = -1;
    private int lastRow = -1;
    private int column;
    private String type;
    private String style;
    private boolean formula;
    private StringBuilder value;
    private boolean inValue;
    private RichText inline;
    private boolean inInline;

    /** {@code worksheet}: a worksheet must have sheet data (XSSFSheet refuses one without); a chart sheet has none. */
    XlsxSheetReader(XlsxBook book, boolean worksheet, String name, TableLimits limits) {
        this.book = book;
        this.worksheet = worksheet;
        this.name = name;
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String name, String qName, Attributes attributes) {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        if (inInline) {
            inline.start(name);
            return;
        }
        switch (name) {
            case "sheetData" -> sheetData = true;
            case "row" -> startRow(attributes.getValue("r"));
            case "c" -> startCell(attributes);
            case "f" -> startFormula(attributes);
            case "v" -> startValue();
            case "is" -> startInline();
            case "col" -> columnStyle(attributes);
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> { }
        }
    }

    /** Each merged range counts as a cell read (its area is counted only when it is filled, by TableCells). */
    private void merge(String ref) {
        if (++cellCount > limits.cells()) {
            throw limits.tooManyCells(name, "merged range " + ref + " passes " + limits.cells() + " cells");
        }
        merged.add(CellRangeAddress.valueOf(ref));
    }

    private void startRow(String number) {
        row = number != null ? Math.toIntExact(Long.parseLong(number) - 1) : lastRow + 1;
        lastRow = Math.max(lastRow, row);
        cells.remove(row);
    }

    private void startCell(Attributes attributes) {
        if (++cellCount > limits.cells()) {
            throw limits.tooManyCells(name, "row " + (row + 1) + " passes " + limits.cells() + " cells");
        }
        SortedMap<Integer, Content> inRow = cells.computeIfAbsent(row, r -> new TreeMap<>());
        String reference = attributes.getValue("r");
        column = reference != null ? new CellReference(reference).getCol() : inRow.isEmpty() ? 0 : inRow.lastKey() + 1;
        inRow.put(column, new Content(null, false));
        type = attributes.getValue("t") == null ? "n" : attributes.getValue("t");
        style = attributes.getValue("s");
        formula = false;
        value = null;
        inline = null;
    }

    private void startValue() {
        inValue = type != null && !formula;
        value = inValue ? new StringBuilder() : value;
    }

    private void startInline() {
        inInline = type != null;
        inline = inInline ? new RichText() : inline;
    }

    private void startFormula(Attributes attributes) {
        formula = type != null;
        String ref = attributes.getValue("ref");
        if ("array".equals(attributes.getValue("t")) && ref != null) {
            arrays.add(CellRangeAddress.valueOf(ref));
        }
    }

    private void columnStyle(Attributes attributes) {
        if (attributes.getValue("style") != null) {
            columnStyles.add(new long[] {Long.parseLong(attributes.getValue("min")),
                    Long.parseLong(attributes.getValue("max")), Long.parseLong(attributes.getValue("style"))});
        }
    }

    @Override
    public void characters(char[] text, int start, int length) {
        if (inInline) {
            inline.characters(text, start, length);
        } else if (inValue) {
            value.append(text, start, length);
        }
    }

    @Override
    public void endElement(String uri, String name, String qName) {
        if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
            return;
        }
        if (inInline) {
            inInline = !"is".equals(name);
            inline.end(name);
        } else if ("v".equals(name)) {
            inValue = false;
        } else if ("c".equals(name) && type != null) {
            cells.get(row).put(column, formula ? Content.FORMULA : new Content(text(), false));
            type = null;
        }
    }

    /** The cell's text as XSSFCell and DataFormatter show it; null when it shows nothing. */
    private String text() {
        String shown = value == null ? null : value.toString();
        if (!"n".equals(type)) {
            return book.text(type, shown, inline);
        }
        return shown == null ? null : book.number(shown, styleOf(column));
    }

    /** XSSFCell's style: its own when it names one that exists, else its column's (the last col giving one), else 0. */
    private int styleOf(int columnIndex) {
        if (style != null) {
            int own = Math.toIntExact(Long.parseLong(style));
            if (book.hasStyle(own)) {
                return own;
            }
        }
        long fromColumn = 0;
        for (long[] col : columnStyles) {
            if (col[0] <= columnIndex + 1 && columnIndex + 1 <= col[1]) {
                fromColumn = col[2];
            }
        }
        return Math.toIntExact(fromColumn);
    }

    @Override
    public void endDocument() {
        if (worksheet && !sheetData) {
            throw new IllegalArgumentException("Had empty sheet data when initializing the sheet");
        }
        for (CellRangeAddress array : arrays) {
            cells.subMap(array.getFirstRow(), array.getLastRow() + 1).values().forEach(inRow -> inRow
                    .subMap(array.getFirstColumn(), array.getLastColumn() + 1).replaceAll((c, was) -> Content.FORMULA));
        }
    }

    /** The cells that show a value, by row and column, untrimmed. */
    SortedMap<Integer, SortedMap<Integer, String>> values() {
        SortedMap<Integer, SortedMap<Integer, String>> values = new TreeMap<>();
        cells.forEach((r, inRow) -> inRow.forEach((c, content) -> {
            if (!content.formula() && content.text() != null) {
                values.computeIfAbsent(r, x -> new TreeMap<>()).put(c, content.text());
            }
        }));
        return values;
    }

    /** The cells holding a formula, in row then column order. */
    List<CellAddress> formulaCells() {
        List<CellAddress> formulas = new ArrayList<>();
        cells.forEach((r, inRow) -> inRow.forEach((c, content) -> {
            if (content.formula()) {
                formulas.add(new CellAddress(r, c));
            }
        }));
        return formulas;
    }

    List<CellRangeAddress> merged() {
        return merged;
    }
}
