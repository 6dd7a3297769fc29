package org.maturityadvisor.scan;

/**
 * How much of a tree a scan reads: files larger than {@code maxFileBytes} are skipped (and counted); a tree with more
 * than {@code maxEntries} entries, or an archive that inflates beyond {@code maxTotalBytes} or more than
 * {@code maxRatio} times its compressed size, is refused; folders deeper than {@code maxDepth} are skipped. Each is a
 * setting ({@code maturity.scan.*}) and a CLI option.
 */
public record ScanLimits(long maxFileBytes, int maxEntries, long maxTotalBytes, int maxDepth, int maxRatio) {

    public static final ScanLimits DEFAULTS = new ScanLimits(1024 * 1024, 200_000, 512L * 1024 * 1024, 32, 200);

    public ScanLimits {
        if (maxFileBytes < 1 || maxEntries < 1 || maxTotalBytes < 1 || maxDepth < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("every scan limit is at least 1");
        }
    }
}
