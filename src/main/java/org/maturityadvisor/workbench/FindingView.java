package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.SheetGrid;

/** A finding of a draft report and, when it names a row of a table, the part of the sheet around it. */
public record FindingView(Finding finding, SheetGrid.Grid grid) {

    static final int RADIUS = 3;

    static List<FindingView> of(List<Finding> findings, List<RuleFile> files) {
        return findings.stream().map(f -> new FindingView(f, SheetGrid.around(f, files, RADIUS).orElse(null)))
                .toList();
    }
}
