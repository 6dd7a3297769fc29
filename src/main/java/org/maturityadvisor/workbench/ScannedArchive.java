package org.maturityadvisor.workbench;

import org.maturityadvisor.scan.ScanReport;

/**
 * The archive a questionnaire's result was merged with, as the result page names it: the upload's file name and what
 * the scan read, e.g. "120 files seen, 14 read; 3 practices observed, 2 looked for and not found; 5 entries skipped".
 */
public record ScannedArchive(String name, String words) {

    /** @param name the upload's file name, as the person chose it (the report's tree drops its extension) */
    static ScannedArchive of(String name, ScanReport report) {
        int skipped = report.skipped().values().stream().mapToInt(ScanReport.Skipped::count).sum();
        String words = Words.count(report.filesSeen(), "file", "files") + " seen, " + report.filesRead() + " read; "
                + Words.count(report.observations().size(), "practice", "practices") + " observed, "
                + report.notFound().size() + " looked for and not found"
                + (skipped == 0 ? "" : "; " + Words.count(skipped, "entry", "entries") + " skipped");
        return new ScannedArchive(name, words);
    }
}
