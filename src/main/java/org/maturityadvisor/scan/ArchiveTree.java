package org.maturityadvisor.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * A zip or a tar.gz of a repository, read as a stream of entries and never extracted: nothing is written to disk,
 * nothing read is run. The format is chosen by the archive's first bytes, never by its name; anything else is refused.
 * A single top folder (GitHub's {@code repo-main/}) is stripped so paths read as in the repository. Entries that would
 * leave the tree, absolute paths and backslashes are refused naming the entry; an archive with more entries, or
 * inflating to more bytes or at a higher ratio than its limits, is refused naming the setting, and reading stops at the
 * limit. Links are skipped and never followed; devices and pipes are skipped; nested archives are plain binary files.
 */
public final class ArchiveTree implements RepositoryTree {

    /** The formats read, by their magic bytes. */
    enum Format {
        ZIP, TAR_GZ;

        static Format of(byte[] head, int length) {
            if (length >= 4 && head[0] == 'P' && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6))) {
                return ZIP;
            }
            if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                return TAR_GZ;
            }
            return null;
        }
    }

    private final ArchiveSource source;
    private final Format format;
    private final String name;

    private ArchiveTree(ArchiveSource source, Format format, String name) {
        this.source = source;
        this.format = format;
        this.name = name;
    }

    /**
     * An uploaded archive held in memory: a zip or a tar.gz by its first bytes, whatever {@code name} says ({@code name}
     * only names the tree in reports).
     */
    public static ArchiveTree of(byte[] bytes, String name) throws ScanRefusedException {
        Objects.requireNonNull(bytes, "bytes");
        Format format = Format.of(bytes, bytes.length);
        if (format == null) {
            throw notAnArchive(shown(name));
        }
        return new ArchiveTree(new ArchiveSource.Memory(bytes), format, treeName(name));
    }

    /** A local archive file, read in place (never extracted); null when its first bytes are not a zip's or gzip's. */
    static ArchiveTree ofFile(Path file) throws IOException {
        byte[] head = new byte[4];
        int length;
        ArchiveSource source = new ArchiveSource.File(file);
        try (InputStream in = source.open()) {
            length = in.readNBytes(head, 0, head.length);
        }
        Format format = Format.of(head, length);
        Path fileName = file.getFileName();
        return format == null ? null
                : new ArchiveTree(source, format, treeName(fileName == null ? null : fileName.toString()));
    }

    static ScanRefusedException notAnArchive(String name) {
        return new ScanRefusedException("not a zip or tar.gz archive: " + name + " (its first bytes are neither a"
                + " zip's nor gzip's; archives are recognised by their content, not their name)", name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void walk(Visitor visitor, ScanLimits limits, TreeFilter filter) throws IOException, ScanRefusedException {
        try {
            switch (format) {
                case ZIP -> ZipEntries.walk(source, visitor, limits, filter);
                case TAR_GZ -> TarGzEntries.walk(source, visitor, limits, filter);
            }
        } catch (Inflation.Breached breached) {
            throw breached.refusal();
        } catch (ScanRefusedException refused) {
            throw refused;
        } catch (java.nio.file.FileSystemException unreadable) {
            throw unreadable; // the local file could not be opened: a fault, not bad input
        } catch (IOException damaged) {
            throw new ScanRefusedException("the archive " + name + " cannot be read as a "
                    + (format == Format.ZIP ? "zip" : "tar.gz") + " (" + damaged.getMessage()
                    + "); nothing was scanned", null);
        }
    }

    /** The file name without its folder and archive extension, control characters dropped: "repo" of "repo.tar.gz". */
    static String treeName(String fileName) {
        String shown = shown(fileName);
        String lower = shown.toLowerCase(Locale.ROOT);
        for (String extension : new String[] {".tar.gz", ".tgz", ".zip", ".gz"}) {
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return shown.substring(0, shown.length() - extension.length());
            }
        }
        return shown;
    }

    private static String shown(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "archive";
        }
        String last = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < last.length() && out.length() < 100; i++) {
            char c = last.charAt(i);
            if (!Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString().isBlank() ? "archive" : out.toString().strip();
    }
}
