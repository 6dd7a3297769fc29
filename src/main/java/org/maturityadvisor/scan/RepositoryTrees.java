package org.maturityadvisor.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The tree a local path names: a folder as it is, or a zip or tar.gz file (recognised by its first bytes) read in
 * place within the archive limits. A missing path, or a file that is neither, is refused naming it.
 */
public final class RepositoryTrees {

    /** The largest archive read by default: 50 MiB ({@code maturity.scan.max-archive-bytes}). */
    public static final long DEFAULT_MAX_ARCHIVE_BYTES = 50L * 1024 * 1024;

    private RepositoryTrees() {
    }

    public static RepositoryTree open(Path path) throws IOException, ScanRefusedException {
        return open(path, DEFAULT_MAX_ARCHIVE_BYTES);
    }

    /** A folder, or an archive of at most {@code maxArchiveBytes}. */
    public static RepositoryTree open(Path path, long maxArchiveBytes) throws IOException, ScanRefusedException {
        if (!Files.exists(path)) {
            throw new ScanRefusedException("no such folder or file: " + path, path.toString());
        }
        if (Files.isDirectory(path)) {
            return new DirectoryTree(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new ScanRefusedException("not a folder, a zip or a tar.gz: " + path, path.toString());
        }
        long size = Files.size(path);
        if (size > maxArchiveBytes) {
            throw new ScanRefusedException("the archive " + path + " is " + Bytes.words(size) + ", over "
                    + Bytes.words(maxArchiveBytes) + " (maturity.scan.max-archive-bytes)", path.toString());
        }
        ArchiveTree archive = ArchiveTree.ofFile(path);
        if (archive == null) {
            throw new ScanRefusedException("not a folder, a zip or a tar.gz: " + path + " (its first bytes are"
                    + " neither a zip's nor gzip's)", path.toString());
        }
        return archive;
    }
}
