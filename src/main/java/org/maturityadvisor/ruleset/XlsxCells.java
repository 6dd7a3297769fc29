package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.maturityadvisor.definition.Finding;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The cells of an .xlsx workbook, read from its XML with POI's package reader (its zip-bomb limits) and POI's secure
 * SAX parser (no DOCTYPE, no external entity), not through XSSFWorkbook: building that XMLBeans model took a cold JVM
 * over a second for the five shipped tables (docs/BENCHMARKS.md). Only the parts that make up cells are read: the
 * workbook (sheets in order, the 1904 date system, external links), the number formats of its cell styles, its shared
 * strings and its sheets ({@link XlsxSheetReader}); each cell shows what XSSFWorkbook and DataFormatter show. POI's
 * streaming reader (XSSFReader, XSSFSheetXMLHandler) was measured against it and kept out: about twice the CPU, cold
 * and warm (its StylesTable is XMLBeans), and its contents handler hears a formula as a typed value (issue 22).
 */
final class XlsxCells {

    /** Relationship types, as XSSFRelation defines them; its class initialiser alone costs a cold JVM 0.1 to 0.2 s. */
    static final String RELATIONSHIPS = PackageRelationshipTypes.CORE_PROPERTIES_ECMA376_NS;
    static final String WORKSHEET = RELATIONSHIPS + "/worksheet";
    static final String CHARTSHEET = RELATIONSHIPS + "/chartsheet";
    static final String SHARED_STRINGS = RELATIONSHIPS + "/sharedStrings";
    static final String SHARED_STRINGS_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String STYLES = PackageRelationshipTypes.STYLE_PART;
    static final String EXTERNAL_LINK = RELATIONSHIPS + "/externalLink";

    private XlsxCells() {
    }

    static TableCells.Read read(String file, byte[] content, TableLimits limits) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart workbookPart = workbookPart(pkg);
            XMLReader xml = XMLHelper.newXMLReader();
            Workbook workbook = parse(xml, workbookPart, new Workbook());
            XlsxBook book = book(xml, pkg, workbookPart, workbook.date1904);
            List<Finding> findings = new ArrayList<>();
            if (workbook.externalReferences.stream().anyMatch(id -> part(workbookPart, id, EXTERNAL_LINK) != null)) {
                findings.add(TableCells.linkedWorkbook(file));
            }
            List<TableCells.Sheet> sheets = new ArrayList<>();
            for (SheetRef ref : workbook.sheets) {
                XlsxSheetReader cells = sheet(xml, workbookPart, ref, book, limits);
                if (cells != null) {
                    sheets.add(TableCells.sheet(ref.name(), sheets.size(), cells.values(), cells.merged(), limits));
                    cells.formulaCells().forEach(formula -> findings.add(TableCells.formulaCell(file, ref.name(),
                            formula.getRow(), formula.getColumn())));
                }
            }
            return new TableCells.Read(List.copyOf(sheets), List.copyOf(findings));
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("no secure SAX parser", e);
        }
    }

    /** A worksheet's or chart sheet's cells; null for a sheet XSSFWorkbook skips (no such part, another kind). */
    private static XlsxSheetReader sheet(XMLReader xml, PackagePart workbook, SheetRef ref, XlsxBook book,
                                         TableLimits limits) throws IOException {
        PackagePart worksheet = part(workbook, ref.id(), WORKSHEET);
        PackagePart part = worksheet != null ? worksheet : part(workbook, ref.id(), CHARTSHEET);
        return part == null ? null : parse(xml, part, new XlsxSheetReader(book, worksheet != null, ref.name(),
                limits));
    }

    /** The workbook's styles and shared strings, the parts XSSFWorkbook takes them from. */
    private static XlsxBook book(XMLReader xml, OPCPackage pkg, PackagePart workbook, boolean date1904)
            throws IOException, InvalidFormatException {
        XlsxBook book = new XlsxBook(date1904);
        PackagePart styles = last(workbook, STYLES);
        if (styles == null) {
            book.defaultStyles();
        } else {
            parse(xml, styles, book.stylesReader());
        }
        PackagePart strings = last(workbook, SHARED_STRINGS);
        List<PackagePart> byType = pkg.getPartsByContentType(SHARED_STRINGS_TYPE);
        strings = strings != null || byType.isEmpty() ? strings : byType.get(0);
        if (strings != null) {
            parse(xml, strings, book.stringsReader());
        }
        return book;
    }

    /** The workbook part, found as XSSFWorkbook finds it (and refused with its words when it is missing). */
    private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        if (core == null) {
            throw new IllegalStateException(pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
                    .size() > 0 ? "Strict OOXML isn't currently supported, please see bug #57699"
                    : "OOXML file structure broken/invalid - no core document found!");
        }
        PackagePart part = pkg.getPart(core);
        if (part == null) {
            throw new IllegalStateException("OOXML file structure broken/invalid - core document '"
                    + core.getTargetURI() + "' not found.");
        }
        return part;
    }

    /** The part {@code from} relates to by id as {@code relation}; null as XSSFWorkbook skips it (absent, external). */
    private static PackagePart part(PackagePart from, String id, String relation) {
        PackageRelationship rel = id == null ? null : from.getRelationship(id);
        return rel != null && relation.equals(rel.getRelationshipType()) ? target(from, rel) : null;
    }

    /** The last part {@code from} relates to as {@code relation} (XSSFWorkbook keeps the last), or null. */
    private static PackagePart last(PackagePart from, String relation) throws InvalidFormatException {
        PackagePart found = null;
        for (PackageRelationship rel : from.getRelationshipsByType(relation)) {
            PackagePart part = target(from, rel);
            found = part != null ? part : found;
        }
        return found;
    }

    private static PackagePart target(PackagePart from, PackageRelationship rel) {
        try {
            return rel.getTargetMode() == TargetMode.EXTERNAL ? null
                    : from.getPackage().getPart(PackagingURIHelper.createPartName(rel.getTargetURI()));
        } catch (InvalidFormatException e) {
            return null;
        }
    }

    private static <T extends DefaultHandler> T parse(XMLReader xml, PackagePart part, T handler) throws IOException {
        xml.setContentHandler(handler);
        try (InputStream in = part.getInputStream()) {
            xml.parse(new InputSource(in));
            return handler;
        } catch (SAXException e) {
            throw new IOException(part.getPartName() + ": " + e.getMessage(), e);
        }
    }

    private record SheetRef(String name, String id) {
    }

    /** The workbook part: its sheets in order, its date system, its external references. */
    private static final class Workbook extends DefaultHandler {
        private final List<SheetRef> sheets = new ArrayList<>();
        private final List<String> externalReferences = new ArrayList<>();
        private boolean date1904;
        private boolean hasSheets;

        @Override
        public void startElement(String uri, String name, String qName, Attributes attributes) {
            if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
                switch (name) {
                    case "sheets" -> hasSheets = true;
                    case "sheet" -> sheets.add(new SheetRef(attributes.getValue("name"),
                            attributes.getValue(RELATIONSHIPS, "id")));
                    case "workbookPr" -> date1904 = Boolean.parseBoolean(attributes.getValue("date1904"))
                            || "1".equals(attributes.getValue("date1904"));
                    case "externalReference" -> externalReferences.add(attributes.getValue(RELATIONSHIPS, "id"));
                    default -> { }
                }
            }
        }

        @Override
        public void endDocument() {
            if (!hasSheets) {
                throw new IllegalStateException("Cannot read a workbook without sheets");
            }
        }
    }
}
