package org.maturityadvisor.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * A local folder. Symbolic links are never followed (neither to files nor to folders), so a scan cannot leave the tree;
 * files are opened without following links and read up to the size limit.
 */
public final class DirectoryTree implements RepositoryTree {

    private final Path root;

    public DirectoryTree(Path root) {
        this.root = root;
    }

    @Override
    public String name() {
        Path name = root.toAbsolutePath().normalize().getFileName();
        return name == null ? root.toString() : name.toString();
    }

    @Override
    public void walk(Visitor visitor, ScanLimits limits, TreeFilter filter) throws IOException, ScanRefusedException {
        Path start = root.toRealPath();
        if (!Files.isDirectory(start)) {
            throw new ScanRefusedException("not a folder: " + root, null);
        }
        int[] entries = {0};
        ScanRefusedException[] refused = {null};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(start)) {
                    return FileVisitResult.CONTINUE;
                }
                String path = relative(start, dir);
                var reason = filter.folder(path);
                if (reason.isPresent()) {
                    visitor.skipped(path, reason.get());
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (++entries[0] > limits.maxEntries()) {
                    refused[0] = new ScanRefusedException("the tree has more than " + limits.maxEntries()
                            + " files (maturity.scan.max-entries)", null);
                    return FileVisitResult.TERMINATE;
                }
                String path = relative(start, file);
                if (attrs.isSymbolicLink()) {
                    visitor.skipped(path, SkipReason.SYMLINK);
                } else if (!attrs.isRegularFile()) {
                    visitor.skipped(path, SkipReason.SPECIAL);
                } else {
                    var reason = filter.file(path);
                    if (reason.isPresent()) {
                        visitor.skipped(path, reason.get());
                    } else {
                        visitor.file(path, attrs.size(), max -> read(file, max));
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                visitor.skipped(relative(start, file), SkipReason.SPECIAL);
                return FileVisitResult.CONTINUE;
            }
        });
        if (refused[0] != null) {
            throw refused[0];
        }
    }

    private static byte[] read(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
    }

    private static String relative(Path start, Path path) {
        return start.relativize(path).toString().replace('\\', '/');
    }
}
