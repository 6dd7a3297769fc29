package org.maturityadvisor.scan;

import org.maturityadvisor.wire.WireId;

/** Why a scan did not read an entry of the tree; each is counted in the report. */
public enum SkipReason implements WireId {
    GIT_INTERNALS("git-internals", "inside .git"),
    VENDORED("vendored", "in a vendored or generated folder (node_modules, a virtual environment, a cache)"),
    EXCLUDED("excluded", "excluded by the scan's --exclude globs"),
    SYMLINK("symlink", "a symbolic link (never followed)"),
    BINARY("binary", "binary content"),
    TOO_LARGE("too-large", "larger than the file size limit"),
    TOO_DEEP("too-deep", "deeper than the folder depth limit"),
    SPECIAL("special", "not a regular file (a device, a pipe, a socket)");

    private final String id;
    private final String words;

    SkipReason(String id, String words) {
        this.id = id;
        this.words = words;
    }

    @Override
    public String id() {
        return id;
    }

    public String words() {
        return words;
    }
}
