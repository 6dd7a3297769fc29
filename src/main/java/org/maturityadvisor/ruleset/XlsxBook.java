package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the cells of one .xlsx workbook share (its shared strings, each cell style's number format, its date system),
 * and how a cell of each type shows: as XSSFCell and DataFormatter.formatCellValue show it.
 */
final class XlsxBook {

    private final List<String> strings = new ArrayList<>();
    private final List<Long> styleFormats = new ArrayList<>();
    private final Map<Short, String> formats = new HashMap<>();
    private final boolean date1904;
    private DataFormatter formatter;

    XlsxBook(boolean date1904) {
        this.date1904 = date1904;
    }

    /** A workbook without a styles part has XSSFWorkbook's default: one style, General. */
    void defaultStyles() {
        styleFormats.add(0L);
    }

    boolean hasStyle(int style) {
        return style >= 0 && style < styleFormats.size();
    }

    /** The text of a cell that is not a number, by its type, its value ({@code v}) and its inline string. */
    String text(String type, String value, RichText inline) {
        return switch (type) {
            case "s" -> sharedString(value);
            case "inlineStr" -> inline != null ? inline.text() : RichText.decode(value == null ? "" : value);
            case "str" -> RichText.decode(value == null ? "" : value);
            case "b" -> "1".equals(value) ? "TRUE" : "FALSE";
            case "e" -> error(value);
            default -> throw new IllegalStateException("Illegal cell type: " + type);
        };
    }

    /** A missing or bad index shows nothing, as in XSSFCell. */
    private String sharedString(String index) {
        try {
            return strings.get(Integer.parseInt(index));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return "";
        }
    }

    private static String error(String code) {
        try {
            return code == null ? FormulaError.forInt((byte) 0).getString() : FormulaError.forString(code).getString();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unexpected error code", e);
        }
    }

    /**
     * A number cell's value under its style's format: dates as dates; no such style, or a blank format, as
     * Double.toString. POI's raw formatting (that of its event API) rounds to Excel's 15 significant digits where
     * formatCellValue showed a double's 17.
     */
    String number(String value, int style) {
        double number;
        try {
            number = value.isEmpty() ? 0.0 : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Cannot get a NUMERIC value from a STRING cell", e);
        }
        if (!hasStyle(style)) {
            return Double.toString(number);
        }
        short id = (short) (long) styleFormats.get(style);
        String format = formats.get(id) != null ? formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
        if (DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(id, format)) {
            return formatter().formatRawCellContents(number, id, format, date1904);
        }
        if (format == null || format.isBlank()) {
            return Double.toString(number);
        }
        // formatCellValue's own touch: Excel's E+ exponent, whatever the format
        return formatter().formatRawCellContents(number, id, format, date1904).replaceFirst("E(\\d)", "E+$1");
    }

    /** Made only when a number needs it: the shipped tables hold none, and its set-up is not free. */
    private DataFormatter formatter() {
        formatter = formatter != null ? formatter : new DataFormatter(Locale.ROOT);
        return formatter;
    }

    /** Reads the styles part: custom number formats by id, and each cell style's ({@code cellXfs/xf}) format id. */
    DefaultHandler stylesReader() {
        return new DefaultHandler() {
            private boolean inCellStyles;

            @Override
            public void startElement(String uri, String name, String qName, Attributes attributes) {
                if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                    return;
                }
                if ("numFmt".equals(name)) {
                    formats.put((short) Long.parseLong(attributes.getValue("numFmtId")),
                            attributes.getValue("formatCode"));
                } else if ("xf".equals(name) && inCellStyles) {
                    String id = attributes.getValue("numFmtId");
                    styleFormats.add(id == null ? 0L : Long.parseLong(id));
                }
                inCellStyles = inCellStyles || "cellXfs".equals(name);
            }

            @Override
            public void endElement(String uri, String name, String qName) {
                inCellStyles = inCellStyles && !(XSSFRelation.NS_SPREADSHEETML.equals(uri) && "cellXfs".equals(name));
            }
        };
    }

    /** Reads the shared strings part: each {@code si}, in order. */
    DefaultHandler stringsReader() {
        return new DefaultHandler() {
            private RichText item;

            @Override
            public void startElement(String uri, String name, String qName, Attributes attributes) {
                if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && "si".equals(name)) {
                    item = new RichText();
                } else if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && item != null) {
                    item.start(name);
                }
            }

            @Override
            public void characters(char[] text, int start, int length) {
                if (item != null) {
                    item.characters(text, start, length);
                }
            }

            @Override
            public void endElement(String uri, String name, String qName) {
                if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && item != null && "si".equals(name)) {
                    strings.add(item.text());
                    item = null;
                } else if (XSSFRelation.NS_SPREADSHEETML.equals(uri) && item != null) {
                    item.end(name);
                }
            }
        };
    }
}
