package org.maturityadvisor.scan;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A zip read from its central directory (which alone says which entries are Unix symbolic links): the entry count is
 * bounded before the directory is parsed (by counting its headers' signature), the declared sizes are judged against
 * the total and ratio limits before anything is inflated, and an entry is inflated only when the scan reads it, through
 * a counter that stops at the limits whatever the headers declared.
 */
final class ZipEntries {

    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int TYPE_MASK = 0170000;
    private static final int LINK = 0120000;
    private static final int CHAR_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int FIFO = 0010000;
    private static final int SOCKET = 0140000;

    private ZipEntries() {
    }

    static void walk(ArchiveSource source, RepositoryTree.Visitor visitor, ScanLimits limits, TreeFilter filter)
            throws IOException, ScanRefusedException {
        if (centralHeaders(source, limits.maxEntries()) > limits.maxEntries()) {
            throw new ScanRefusedException("the archive has more than " + limits.maxEntries()
                    + " entries (maturity.scan.max-entries); nothing was scanned", null);
        }
        Inflation inflation = new Inflation(limits);
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(source.channel()).get()) {
            ArchiveEntries.Survey survey = new ArchiveEntries.Survey(limits);
            long declared = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                survey.entry(entry.getName(), kind(entry));
                inflation.at(entry.getName());
                if (entry.getSize() > 0) {
                    declared = saturated(declared, entry.getSize());
                    inflation.declared(declared);
                    inflation.declaredRatio(entry.getSize(), entry.getCompressedSize());
                }
            }
            ArchiveEntries.Walk walk = new ArchiveEntries.Walk(visitor, filter, survey.prefix());
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                String path = walk.path(entry.getName());
                ArchiveEntries.Kind kind = kind(entry);
                if (kind == ArchiveEntries.Kind.FILE && !zip.canReadEntryData(entry)) {
                    visitor.skipped(path, SkipReason.BINARY); // encrypted or compressed by a method not supported
                    continue;
                }
                walk.entry(path, kind, entry.getSize(), max -> read(zip, entry, inflation, max));
            }
        } catch (Inflation.Breached breached) {
            throw breached.refusal();
        }
    }

    private static byte[] read(ZipFile zip, ZipArchiveEntry entry, Inflation inflation, long max) throws IOException {
        inflation.at(entry.getName());
        long compressed = entry.getCompressedSize();
        try (InputStream in = inflation.guard(zip.getInputStream(entry), () -> compressed)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    static ArchiveEntries.Kind kind(ZipArchiveEntry entry) {
        if (entry.getPlatform() == ZipArchiveEntry.PLATFORM_UNIX) {
            int type = entry.getUnixMode() & TYPE_MASK;
            if (type == LINK) {
                return ArchiveEntries.Kind.LINK;
            }
            if (type == CHAR_DEVICE || type == BLOCK_DEVICE || type == FIFO || type == SOCKET) {
                return ArchiveEntries.Kind.SPECIAL;
            }
        }
        return entry.isDirectory() ? ArchiveEntries.Kind.FOLDER : ArchiveEntries.Kind.FILE;
    }

    /**
     * How many central directory headers the archive holds, at most: its signature counted over the bytes, stopping
     * once past {@code max}, so a directory of millions of entries is refused before it is parsed into memory.
     */
    static long centralHeaders(ArchiveSource source, int max) throws IOException {
        long count = 0;
        try (InputStream in = new BufferedInputStream(source.open(), 1 << 16)) {
            int window = 0;
            int b;
            while ((b = in.read()) >= 0) {
                window = (window >>> 8) | (b << 24);
                if (window == CENTRAL_HEADER && ++count > max) {
                    return count;
                }
            }
        }
        return count;
    }

    private static long saturated(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
