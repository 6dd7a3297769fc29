package org.maturityadvisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.AuditEntry;

/** An audit entry read as a sentence, with the versions it names linked, whatever release wrote its details. */
class AuditLineTest {

    private static final String ACTIVE = "sha256:0123456789abcdef";
    private static final String EARLIER = "sha256:fedcba9876543210";
    private static final Map<String, Long> SEQS = Map.of(ACTIVE, 3L, EARLIER, 2L);

    @Test
    void aPublishNamesItsVersionAsALinkAndItsGateInWords() {
        AuditLine line = line(AuditAction.PUBLISH, ACTIVE, "gate: 66/66");
        assertThat(text(line)).isEqualTo("Published version #3: 66 of 66 scenarios passed.");
        assertThat(line.sentence()).anySatisfy(part -> assertThat(part).isEqualTo(
                new AuditLine.Part("version #3", "/rulesets/3")));
        assertThat(line.what()).isEqualTo("published");
    }

    @Test
    void aRollbackLinksBothVersions() {
        assertThat(text(line(AuditAction.ROLLBACK, EARLIER, "from " + ACTIVE)))
                .isEqualTo("Rolled back to version #2: from version #3.");
    }

    @Test
    void aFindingStoredAsARecordByAnEarlierReleaseReadsAsASentence() {
        String stored = "1 problem(s), first: Finding[kind=UNKNOWN_PRACTICE, file=microsoft-mlops.drl.xlsx, "
                + "sheet=Microsoft MLOps, row=28, column=F, cell=F28, severity=ERROR, message=Practice "
                + "\"creation.data-pipline\" is not in the practice catalog (rules/practices.csv)]";
        String text = text(line(AuditAction.DRAFT_REJECTED, "sha256:99999999aaaaaaaa", stored));
        assertThat(text).isEqualTo("Uploaded a draft that was refused and not kept (version sha256:99999999aaaaaaaa): "
                + "1 problem; the first: microsoft-mlops.drl.xlsx, sheet \"Microsoft MLOps\", cell F28: Practice "
                + "\"creation.data-pipline\" is not in the practice catalog (rules/practices.csv).")
                .doesNotContain("Finding[", "kind=");
    }

    @Test
    void anEntryAboutAUserHasNoVersion() {
        assertThat(text(line(AuditAction.USER_CREATED, null, "ana as analyst"))).isEqualTo(
                "Created a user: ana as analyst.");
    }

    private static AuditLine line(AuditAction action, String version, String details) {
        return AuditLine.of(new AuditEntry(1, OffsetDateTime.now(), "ana", action, version, "why", details),
                SEQS::get);
    }

    private static String text(AuditLine line) {
        return line.sentence().stream().map(AuditLine.Part::text).collect(Collectors.joining());
    }
}
