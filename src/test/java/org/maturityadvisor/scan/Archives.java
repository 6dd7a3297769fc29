package org.maturityadvisor.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Archives built in a test, hostile ones included: entries written exactly as given, names unchecked. */
final class Archives {

    /** What an entry is. */
    enum Type { FILE, FOLDER, SYMLINK, HARDLINK, FIFO, CHAR_DEVICE }

    record Entry(String name, Type type, byte[] content, String target) {
    }

    private final List<Entry> entries = new ArrayList<>();

    static Archives of() {
        return new Archives();
    }

    Archives file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Archives file(String name, byte[] content) {
        entries.add(new Entry(name, Type.FILE, content, null));
        return this;
    }

    Archives folder(String name) {
        entries.add(new Entry(name.endsWith("/") ? name : name + "/", Type.FOLDER, new byte[0], null));
        return this;
    }

    Archives link(String name, Type type, String target) {
        entries.add(new Entry(name, type, new byte[0], target));
        return this;
    }

    Archives special(String name, Type type) {
        entries.add(new Entry(name, type, new byte[0], null));
        return this;
    }

    byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipArchiveOutputStream(bytes)) {
            for (Entry entry : entries) {
                var zipEntry = new RawEntry(entry.name());
                byte[] content = entry.content();
                switch (entry.type()) {
                    case SYMLINK, HARDLINK -> {
                        zipEntry.setUnixMode(0120777);
                        content = entry.target().getBytes(StandardCharsets.UTF_8);
                    }
                    case FIFO -> zipEntry.setUnixMode(0010644);
                    case CHAR_DEVICE -> zipEntry.setUnixMode(0020644);
                    case FOLDER -> zipEntry.setUnixMode(0040755);
                    case FILE -> zipEntry.setUnixMode(0100644);
                }
                zipEntry.rename(entry.name());
                zip.putArchiveEntry(zipEntry);
                zip.write(content);
                zip.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    byte[] tarGz() {
        var bytes = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry entry : entries) {
                TarArchiveEntry tarEntry = switch (entry.type()) {
                    case FILE -> new TarArchiveEntry(entry.name(), true);
                    case FOLDER -> new TarArchiveEntry(entry.name(), true);
                    case SYMLINK -> new TarArchiveEntry(entry.name(), TarConstants.LF_SYMLINK, true);
                    case HARDLINK -> new TarArchiveEntry(entry.name(), TarConstants.LF_LINK, true);
                    case FIFO -> new TarArchiveEntry(entry.name(), TarConstants.LF_FIFO, true);
                    case CHAR_DEVICE -> new TarArchiveEntry(entry.name(), TarConstants.LF_CHR, true);
                };
                if (entry.target() != null) {
                    tarEntry.setLinkName(entry.target());
                }
                if (entry.type() == Type.FILE) {
                    tarEntry.setSize(entry.content().length);
                }
                tar.putArchiveEntry(tarEntry);
                if (entry.type() == Type.FILE) {
                    tar.write(entry.content());
                }
                tar.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A zip entry named exactly as given: Unix-made, so no reader turns its backslashes into slashes. */
    private static final class RawEntry extends ZipArchiveEntry {
        RawEntry(String name) {
            super("placeholder");
        }

        void rename(String name) {
            setName(name);
        }
    }

    /** A tree walk recorded: each file read (path -> content) and each skip, in order. */
    static final class Recorder implements RepositoryTree.Visitor {
        final List<String> files = new ArrayList<>();
        final List<String> contents = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();

        @Override
        public void file(String path, long size, RepositoryTree.Content content) throws IOException {
            files.add(path);
            contents.add(new String(content.read(1 << 20), StandardCharsets.UTF_8));
        }

        @Override
        public void skipped(String path, SkipReason reason) {
            skipped.add(path + " " + reason.id());
        }
    }
}
