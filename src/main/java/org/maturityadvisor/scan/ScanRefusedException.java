package org.maturityadvisor.scan;

/**
 * A tree the scan will not read, with the reason and the entry that made it so (null when it is the whole tree): an
 * archive entry with an absolute path or a .. that would climb out of the tree, an archive that inflates beyond its
 * limits, more entries than allowed, or a file that is not a zip or tar.gz. Bad input: a 4xx, exit code 3.
 */
public class ScanRefusedException extends Exception {

    private final String entry;

    public ScanRefusedException(String message, String entry) {
        super(message);
        this.entry = entry;
    }

    /** The archive entry or path at fault, or null. */
    public String entry() {
        return entry;
    }
}
