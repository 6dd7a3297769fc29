package org.maturityadvisor.scan;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What every archive format shares once its entries are listed: the first pass checks each entry's name and counts
 * them against {@code maxEntries}, and finds the single top folder (GitHub's {@code repo-main/}) to strip; the second
 * hands entries to the visitor as a folder walk would: a folder the filter skips (.git, node_modules, too deep) is
 * reported once and nothing under it is seen, links are skipped as {@link SkipReason#SYMLINK} and never followed,
 * devices and pipes as {@link SkipReason#SPECIAL}.
 */
final class ArchiveEntries {

    /** What an entry is, as far as a scan cares. */
    enum Kind { FILE, FOLDER, LINK, SPECIAL }

    private ArchiveEntries() {
    }

    /** The first pass: names checked, entries counted, the top folder found. */
    static final class Survey {
        private final ScanLimits limits;
        private int entries;
        private String top;
        private boolean single = true;
        private boolean below;

        Survey(ScanLimits limits) {
            this.limits = limits;
        }

        /** Checks an entry; returns its path (refusals name the entry). */
        String entry(String name, Kind kind) throws ScanRefusedException {
            if (++entries > limits.maxEntries()) {
                throw new ScanRefusedException("the archive has more than " + limits.maxEntries()
                        + " entries (maturity.scan.max-entries); nothing was scanned", null);
            }
            String path = EntryPath.of(name);
            if (path.isEmpty() || !single) {
                return path;
            }
            int slash = path.indexOf('/');
            String first = slash < 0 ? path : path.substring(0, slash);
            if (top == null) {
                top = first;
            }
            if (!top.equals(first) || (slash < 0 && kind != Kind.FOLDER)) {
                single = false;
            }
            below |= slash >= 0;
            return path;
        }

        /** The prefix every path starts with and loses ("repo-main/"), or "". */
        String prefix() {
            return single && below && top != null ? top + "/" : "";
        }
    }

    /** The second pass: paths stripped of the prefix and filtered, then visited. */
    static final class Walk {
        private final RepositoryTree.Visitor visitor;
        private final TreeFilter filter;
        private final String prefix;
        private final Map<String, Optional<SkipReason>> folders = new HashMap<>();

        Walk(RepositoryTree.Visitor visitor, TreeFilter filter, String prefix) {
            this.visitor = visitor;
            this.filter = filter;
            this.prefix = prefix;
        }

        /** The path an entry has in the tree (its name checked, the prefix stripped); "" for the root. */
        String path(String name) throws ScanRefusedException {
            String path = EntryPath.of(name);
            if (prefix.isEmpty()) {
                return path;
            }
            return path.length() < prefix.length() ? "" : path.substring(prefix.length());
        }

        void entry(String path, Kind kind, long size, RepositoryTree.Content content) throws IOException {
            if (path.isEmpty() || inSkippedFolder(path, kind == Kind.FOLDER)) {
                return;
            }
            switch (kind) {
                case FOLDER -> {
                    // reported by inSkippedFolder when skipped; nothing else to do for a folder
                }
                case LINK -> visitor.skipped(path, SkipReason.SYMLINK);
                case SPECIAL -> visitor.skipped(path, SkipReason.SPECIAL);
                case FILE -> {
                    Optional<SkipReason> reason = filter.file(path);
                    if (reason.isPresent()) {
                        visitor.skipped(path, reason.get());
                    } else {
                        visitor.file(path, size, content);
                    }
                }
            }
        }

        /** Whether a folder above the entry (or the entry itself, when a folder) is skipped; reports it once. */
        private boolean inSkippedFolder(String path, boolean folder) {
            int slash = -1;
            while (true) {
                slash = path.indexOf('/', slash + 1);
                if (slash < 0 && !folder) {
                    return false;
                }
                String above = slash < 0 ? path : path.substring(0, slash);
                Optional<SkipReason> reason = folders.get(above);
                if (reason == null) {
                    reason = filter.folder(above);
                    folders.put(above, reason);
                    reason.ifPresent(skip -> visitor.skipped(above, skip));
                }
                if (reason.isPresent()) {
                    return true;
                }
                if (slash < 0) {
                    return false;
                }
            }
        }
    }
}
