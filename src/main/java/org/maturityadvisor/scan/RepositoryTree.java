package org.maturityadvisor.scan;

import java.io.IOException;

/**
 * A team's repository as a tree of files to read, never to run: a local folder, or a zip or tar.gz of one. A walk
 * hands each regular file to the visitor with a way to read its bytes (bounded), and each entry it will not read with
 * the reason; it refuses a tree that breaks a limit or would climb out of itself.
 */
public interface RepositoryTree {

    /** A name for reports: the folder's or the archive's file name. */
    String name();

    void walk(Visitor visitor, ScanLimits limits, TreeFilter filter) throws IOException, ScanRefusedException;

    /** What a walk reports. */
    interface Visitor {
        /**
         * A regular file at {@code path} (relative, forward slashes) of {@code size} bytes (-1 when unknown); read its
         * content only if a detector wants it.
         */
        void file(String path, long size, Content content) throws IOException;

        /** An entry not read, and why. */
        void skipped(String path, SkipReason reason);
    }

    /** The bytes of one file, at most {@code max} of them (more means the file is too large). */
    @FunctionalInterface
    interface Content {
        byte[] read(long max) throws IOException;
    }
}
