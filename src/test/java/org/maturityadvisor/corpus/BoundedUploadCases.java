package org.maturityadvisor.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small uploads that once made a large amount of work (issue 21): a merged range over a million rows, a zip bomb in
 * entries the reader skips, a table of 20,000 rows, a table with tens of thousands of findings. The hostile bytes are
 * built here with java.util.zip. Each must be refused with 422 (nothing kept, the active version unchanged) and leave
 * the service answering.
 */
final class BoundedUploadCases {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

    /** One hostile upload: its file name, its bytes, and what the refusal must say. */
    record Upload(String name, String filename, byte[] content, String says) {
    }

    private BoundedUploadCases() {
    }

    /**
     * The corpus's cases: every upload but the one with 88,000 findings, whose 422 lists 100 of them (23 KB, over the
     * corpus's 20 KB bound for an answer); {@link BoundedUploadTest} checks that one.
     */
    static List<Hostile> all() {
        List<Hostile> cases = new ArrayList<>();
        for (Upload upload : uploads().subList(0, uploads().size() - 1)) {
            cases.add(new Hostile("bounded upload", upload.name(), api -> UploadCases.multipart(api, "", "file",
                    upload.filename(), upload.content()), 422, null));
        }
        return cases;
    }

    static List<Upload> uploads() {
        return List.of(
                new Upload("an 8 KB .xlsx merging A70:XFD1048576", "microsoft-mlops.drl.xlsx", mergedOverTheSheet(),
                        "merged range A70:XFD1048576"),
                new Upload("a zip bomb in a hidden file and a folder entry", "rules.zip", bombInSkippedEntries(),
                        "holds no files"),
                new Upload("a table of 20,000 Dimension rows", "many-dimensions.drl.csv", dimensionRows(20_000),
                        "maturity.limits.table-rows"),
                new Upload("a table of 100,000 Dimension rows", "many-dimensions.drl.csv", dimensionRows(100_000),
                        "maturity.limits.table-cells"),
                new Upload("a table with 88,000 cells outside its columns", "noise.drl.csv", cellsOutsideColumns(),
                        "outside the columns"));
    }

    /** One value in A70, merged over every cell from there to the sheet's last column and row. */
    static byte[] mergedOverTheSheet() {
        return workbook("<sheetData><row r=\"70\"><c r=\"A70\" t=\"inlineStr\"><is><t>everywhere</t></is></c></row>"
                + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A70:XFD1048576\"/></mergeCells>");
    }

    /** A minimal .xlsx holding one sheet, "Bomb", with this sheet XML inside {@code <worksheet>}. */
    static byte[] workbook(String sheet) {
        return zip(Map.of("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                        + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/"
                        + "sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml."
                        + "worksheet+xml\"/></Types>",
                "_rels/.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship Id=\"rId1\" Type=\""
                        + RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>",
                "xl/workbook.xml", "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\"><sheets><sheet "
                        + "name=\"Bomb\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>",
                "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"" + PACKAGE_RELS + "\"><Relationship "
                        + "Id=\"rId1\" Type=\"" + RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                        + "</Relationships>",
                "xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELS + "\">" + sheet
                        + "</worksheet>"));
    }

    /** 256 MB of zeros in a hidden file and again under a folder entry: a few hundred KB packed. */
    static byte[] bombInSkippedEntries() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : List.of("rules/.bomb", "rules/folder/")) {
                out.putNextEntry(new ZipEntry(name));
                for (int i = 0; i < 256; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A new table declaring this many dimensions of a shipped model. */
    static byte[] dimensionRows(int rows) {
        StringBuilder csv = new StringBuilder("RuleTable Dimensions\nACTION,ACTION\n\n"
                + "\"DimensionRow d = DimensionRow.model(\"\"$param\"\"); insert(d);\",\"d.name(\"\"$param\"\");\"\n"
                + "Model,Dimension\n");
        for (int i = 0; i < rows; i++) {
            csv.append("microsoft-mlops,Dimension ").append(i).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** 2,000 rows of a two-column table, each with 44 cells beyond its columns: each is a finding. */
    static byte[] cellsOutsideColumns() {
        StringBuilder csv = new StringBuilder(new String(dimensionRows(0), StandardCharsets.UTF_8));
        String noise = ",x".repeat(44);
        for (int i = 0; i < 2_000; i++) {
            csv.append("microsoft-mlops,Noise ").append(i).append(noise).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
