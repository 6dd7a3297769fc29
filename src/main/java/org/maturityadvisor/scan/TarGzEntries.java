package org.maturityadvisor.scan;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * A tar inside gzip, read as a stream twice: a first pass checks every name, counts the entries and finds the top
 * folder, a second hands the entries to the scan. Both inflate through a counter that stops at the total and ratio
 * limits, so a bomb is refused after at most {@code maxTotalBytes}, in the first pass, before anything is visited.
 */
final class TarGzEntries {

    private TarGzEntries() {
    }

    static void walk(ArchiveSource source, RepositoryTree.Visitor visitor, ScanLimits limits, TreeFilter filter)
            throws IOException, ScanRefusedException {
        try {
            ArchiveEntries.Survey survey = new ArchiveEntries.Survey(limits);
            try (Reading reading = new Reading(source, limits)) {
                TarArchiveEntry entry;
                while ((entry = reading.next()) != null) {
                    survey.entry(entry.getName(), kind(entry));
                }
            }
            ArchiveEntries.Walk walk = new ArchiveEntries.Walk(visitor, filter, survey.prefix());
            try (Reading reading = new Reading(source, limits)) {
                TarArchiveEntry entry;
                while ((entry = reading.next()) != null) {
                    TarArchiveInputStream tar = reading.tar;
                    walk.entry(walk.path(entry.getName()), kind(entry), entry.getSize(),
                            max -> tar.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1)));
                }
            }
        } catch (Inflation.Breached breached) {
            throw breached.refusal();
        }
    }

    static ArchiveEntries.Kind kind(TarArchiveEntry entry) {
        if (entry.isSymbolicLink() || entry.isLink()) {
            return ArchiveEntries.Kind.LINK;
        }
        if (entry.isDirectory()) {
            return ArchiveEntries.Kind.FOLDER;
        }
        return entry.isFile() ? ArchiveEntries.Kind.FILE : ArchiveEntries.Kind.SPECIAL;
    }

    /** One pass over the archive: gzip inflated through the counter, tar entries read from it. */
    private static final class Reading implements AutoCloseable {
        private final Counted raw;
        private final Inflation inflation;
        private final TarArchiveInputStream tar;

        Reading(ArchiveSource source, ScanLimits limits) throws IOException {
            this.raw = new Counted(new BufferedInputStream(source.open(), 1 << 16));
            this.inflation = new Inflation(limits);
            InputStream inflated = inflation.guard(new GzipCompressorInputStream(raw), () -> raw.count);
            this.tar = new TarArchiveInputStream(new BufferedInputStream(inflated, 1 << 16));
        }

        TarArchiveEntry next() throws IOException {
            TarArchiveEntry entry = tar.getNextEntry();
            if (entry != null) {
                inflation.at(entry.getName());
            }
            return entry;
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }

    /** The compressed bytes consumed so far, for the ratio. */
    private static final class Counted extends FilterInputStream {
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
