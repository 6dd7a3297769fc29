package org.maturityadvisor.report;

import java.util.List;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.Severity;

/** The findings of validating a draft rule set, as an analyst reads them: where first, then what to fix. */
public final class ValidationText {

    private ValidationText() {
    }

    public static String render(boolean valid, String version, List<Finding> findings) {
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = findings.size() - errors;
        StringBuilder text = new StringBuilder("Draft rule set ").append(version)
                .append(valid ? " is valid" : " is NOT valid").append(": ")
                .append(count(errors, "error")).append(", ").append(count(warnings, "warning")).append('\n');
        for (Finding finding : findings) {
            text.append('\n').append(String.format("%-8s", finding.severity())).append(finding.where()).append('\n')
                    .append("        ").append(finding.message()).append('\n');
        }
        return text.toString();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
