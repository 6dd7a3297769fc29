package org.maturityadvisor.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * A hostile .xlsx is refused as unreadable, naming why, and nothing in it reaches outside the file: no DOCTYPE (so no
 * external entity, no entity expansion), no zip bomb past POI's inflate-ratio limit.
 */
class HostileWorkbookTest {

    private static final String SST = "<sst xmlns=\"" + Workbooks.MAIN + "\" count=\"1\" uniqueCount=\"1\">";

    @TempDir
    Path temp;

    @Test
    void anExternalEntityIsRefusedAndNeverRead() throws IOException {
        Path secret = Files.writeString(temp.resolve("secret.txt"), "the-secret-value");
        byte[] content = withStrings("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY secret SYSTEM \""
                + secret.toUri() + "\">]>" + SST + "<si><t>&secret;</t></si></sst>");

        Finding refusal = refusal(content);

        assertThat(refusal.message()).contains("DOCTYPE").doesNotContain("the-secret-value");
    }

    @Test
    void anEntityExpansionBombIsRefused() {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE sst [<!ENTITY l0 \"lol\">");
        for (int i = 1; i < 10; i++) {
            doctype.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        byte[] content = withStrings(doctype + "]>" + SST + "<si><t>&l9;</t></si></sst>");

        assertThat(refusal(content).message()).contains("DOCTYPE");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] content = withStrings(SST + " ".repeat(20_000_000) + "<si><t>x</t></si></sst>");

        assertThat(content.length).isLessThan(200_000);
        assertThat(refusal(content).message()).contains("Zip bomb detected");
    }

    @Test
    void malformedXmlIsRefusedNamingItsPart() {
        byte[] content = Workbooks.replace(Workbooks.withSheetXml("<sheetData/>"), Map.of("xl/worksheets/sheet1.xml",
                "<worksheet"));

        assertThat(refusal(content).message()).isEqualTo("cannot be read as a spreadsheet: /xl/worksheets/sheet1.xml: "
                + "XML document structures must start and end within the same entity.");
    }

    @Test
    void aSharedStringsCountFarBeyondItsStringsIsIgnored() {
        byte[] content = withStrings("<sst xmlns=\"" + Workbooks.MAIN + "\" count=\"2147483647\" "
                + "uniqueCount=\"2147483647\"><si><t>shared</t></si></sst>");

        TableCells.Read read = TableCells.read(new RuleFile("t.drl.xlsx", content));

        assertThat(read.findings()).isEmpty();
        assertThat(read.sheets().get(0).cell(0, 0)).isEqualTo("shared");
    }

    private static byte[] withStrings(String xml) {
        return Workbooks.replace(Workbooks.withSheetXml("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                + "</row></sheetData>"), Map.of("xl/sharedStrings.xml", xml));
    }

    private static Finding refusal(byte[] content) {
        TableCells.Read read = TableCells.read(new RuleFile("t.drl.xlsx", content));
        assertThat(read.sheets()).isEmpty();
        assertThat(read.findings()).singleElement().extracting(Finding::kind).isEqualTo(FindingKind.UNREADABLE_FILE);
        return read.findings().get(0);
    }
}
