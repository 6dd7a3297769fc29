package org.maturityadvisor.ruleset;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.maturityadvisor.ruleset.RuleFile;

/** A whole rule set as one zip of its files (flat, sorted by name): how versions are stored and downloaded. */
public final class RuleSetArchive {

    private RuleSetArchive() {
    }

    public static byte[] pack(List<RuleFile> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (RuleFile file : files) {
                ZipEntry entry = new ZipEntry(file.name());
                entry.setTime(0); // the same files always give the same bytes
                zip.putNextEntry(entry);
                zip.write(file.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip a rule set in memory", e);
        }
        return bytes.toByteArray();
    }

    /** Reads back a zip this class packed (stored versions are trusted; uploads go through draft checks). */
    public static List<RuleFile> unpack(byte[] archive) {
        List<RuleFile> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    files.add(new RuleFile(entry.getName(), zip.readAllBytes()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a stored rule set is not a readable zip", e);
        }
        return files;
    }
}
