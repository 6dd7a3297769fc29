package org.maturityadvisor.config;

import org.maturityadvisor.scan.RepositoryTrees;
import org.maturityadvisor.scan.ScanLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of a repository a scan reads, all under {@code maturity.scan.*}. A file over its limit is skipped and
 * counted; a tree or archive over another limit is refused (400, CLI exit 3) with a message naming the setting; an
 * upload over {@code max-archive-bytes} is a 413.
 *
 * @param maxFileBytes    bytes of one file read; larger files are skipped as too large (default 1 MiB)
 * @param maxEntries      entries of a tree or archive (default 200,000)
 * @param maxTotalBytes   bytes an archive may inflate to in all (default 512 MiB)
 * @param maxDepth        folder depth read; deeper folders are skipped as too deep (default 32)
 * @param maxRatio        how many times its compressed size an archive entry may inflate to, past 1 MiB (default 200)
 * @param maxArchiveBytes bytes of an uploaded or local archive itself (default 50 MiB)
 */
@ConfigurationProperties("maturity.scan")
public record ScanSettings(@DefaultValue("1048576") long maxFileBytes, @DefaultValue("200000") int maxEntries,
                           @DefaultValue("536870912") long maxTotalBytes, @DefaultValue("32") int maxDepth,
                           @DefaultValue("200") int maxRatio, @DefaultValue("52428800") long maxArchiveBytes) {

    public static final String PREFIX = "maturity.scan.";

    public ScanSettings {
        atLeastOne("max-file-bytes", maxFileBytes);
        atLeastOne("max-entries", maxEntries);
        atLeastOne("max-total-bytes", maxTotalBytes);
        atLeastOne("max-depth", maxDepth);
        atLeastOne("max-ratio", maxRatio);
        atLeastOne("max-archive-bytes", maxArchiveBytes);
    }

    /** The limits, as the scanner takes them (it knows nothing of Spring). */
    public ScanLimits limits() {
        return new ScanLimits(maxFileBytes, maxEntries, maxTotalBytes, maxDepth, maxRatio);
    }

    /** The defaults, for code that runs without Spring (the CLI, tests). */
    public static ScanSettings defaults() {
        ScanLimits limits = ScanLimits.DEFAULTS;
        return new ScanSettings(limits.maxFileBytes(), limits.maxEntries(), limits.maxTotalBytes(), limits.maxDepth(),
                limits.maxRatio(), RepositoryTrees.DEFAULT_MAX_ARCHIVE_BYTES);
    }

    private static void atLeastOne(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(PREFIX + name + " must be 1 or more, got " + value);
        }
    }
}
