package org.maturityadvisor.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.LimitExceededException;
import org.maturityadvisor.config.ScanSettings;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.ArchiveTree;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.Scanner;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded archive of a repository (zip or tar.gz) in memory with the active rule set's detectors, within
 * {@code maturity.scan.*}: nothing is written to disk, stored, or run. One place for every upload: the stateless scan
 * API, the questionnaire and a team's recorded scans.
 */
@Component
public class ArchiveScan {

    /** The setting that bounds an upload's own size. */
    public static final String MAX_ARCHIVE = "maturity.scan.max-archive-bytes";
    /** The field an archive travels in (multipart), and the name errors give it. */
    public static final String FIELD = "archive";
    private static final int NAME_LENGTH = 120;

    private final ActiveRuleSet ruleSet;
    private final ScanSettings settings;

    ArchiveScan(ActiveRuleSet ruleSet, ScanSettings settings) {
        this.ruleSet = ruleSet;
        this.settings = settings;
    }

    /** The largest archive accepted, in bytes. */
    public long maxArchiveBytes() {
        return settings.maxArchiveBytes();
    }

    /** The largest archive in words: "50 MiB", "64 KiB", "1000 bytes". */
    public String maxArchiveWords() {
        long bytes = maxArchiveBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes >= 1024 && bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " bytes";
    }

    /** An archive over {@link #maxArchiveBytes()}: a 413 naming the setting. */
    public LimitExceededException tooLarge() {
        return new LimitExceededException(MAX_ARCHIVE, FIELD, maxArchiveBytes(), "bytes");
    }

    /**
     * Reads at most {@link #maxArchiveBytes()} bytes of an upload.
     *
     * @throws LimitExceededException when there are more
     */
    public byte[] read(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArchiveBytes() + 1));
        if (bytes.length > maxArchiveBytes()) {
            throw tooLarge();
        }
        return bytes;
    }

    /** Scans an archive under the active rule set; the report's tree is the upload's file name. */
    public ScanReport scan(byte[] bytes, String name) throws ScanRefusedException {
        return scan(ruleSet.current(), bytes, name);
    }

    /** Scans an archive under one rule set's detectors (the same version the result is assessed under). */
    public ScanReport scan(LoadedRuleSet rules, byte[] bytes, String name) throws ScanRefusedException {
        if (bytes.length == 0) {
            throw new ScanRefusedException("the archive is empty: choose a zip or tar.gz of the repository", null);
        }
        if (bytes.length > maxArchiveBytes()) {
            throw tooLarge();
        }
        try {
            return new Scanner(rules.detectors(), rules.version())
                    .scan(ArchiveTree.of(bytes, treeName(name)), settings.limits());
        } catch (IOException e) {
            // bytes in memory: a read that fails is an archive that cannot be read, not a fault of the service
            throw new ScanRefusedException("the archive cannot be read: " + e.getMessage(), null);
        }
    }

    /** A refused archive as a 400 naming the field and the entry at fault. */
    public static InvalidInputException invalid(ScanRefusedException e, String name) {
        return new InvalidInputException("archive", List.of(error(e, name)));
    }

    /**
     * The refusal as one input error: the field ({@code archive}, or {@code archive: <entry>} when one entry is at
     * fault), and the reason with the entry at fault.
     */
    public static InputError error(ScanRefusedException e, String name) {
        String entry = e.entry();
        boolean whole = entry == null || entry.isEmpty() || entry.equals(name) || entry.equals(treeName(name));
        String reason = e.getMessage();
        if (!whole && !reason.contains(entry)) {
            reason = reason + " (entry " + entry + ")";
        }
        return new InputError(whole ? FIELD : FIELD + ": " + cut(entry), reason);
    }

    /** The upload's file name without folders or control characters, for reports: never a path on this machine. */
    public static String treeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return base.isEmpty() ? "upload" : cut(base);
    }

    private static String cut(String text) {
        return text.length() <= NAME_LENGTH ? text : text.substring(0, NAME_LENGTH) + "…";
    }
}
