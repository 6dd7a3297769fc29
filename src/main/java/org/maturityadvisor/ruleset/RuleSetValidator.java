package org.maturityadvisor.ruleset;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * Validates a draft rule set for analysts who upload tables: the draft may change only the tables and the practice
 * catalog (the DRL and everything else change only through the repository), and then it goes through the same
 * checking reader as every load ({@link RuleSetCheck}). A valid draft comes back ready to gate and publish.
 */
public final class RuleSetValidator {

    private RuleSetValidator() {
    }

    /** Validates the files of an upload, refusing it outright when the upload itself was refused. */
    public static ValidationReport validate(DraftFiles.Draft draft, List<RuleFile> template) {
        return validate(draft, template, TableLimits.DEFAULTS);
    }

    /** As {@link #validate(DraftFiles.Draft, List)}, each table read within {@code limits}. */
    public static ValidationReport validate(DraftFiles.Draft draft, List<RuleFile> template, TableLimits limits) {
        if (draft.findings().stream().anyMatch(Finding::refuses)) {
            return ValidationReport.refused(RuleSetVersion.of(draft.files()), draft.findings());
        }
        return validate(draft.files(), template, limits);
    }

    /**
     * @param draft    every file of the draft rule set (as {@link RuleSetLoader#read} returns a directory)
     * @param template every file of the active rule set, whose DRL and other repository files the draft must keep
     */
    public static ValidationReport validate(List<RuleFile> draft, List<RuleFile> template) {
        return validate(draft, template, TableLimits.DEFAULTS);
    }

    private static ValidationReport validate(List<RuleFile> draft, List<RuleFile> template, TableLimits limits) {
        List<Finding> upload = DraftFiles.checkAgainst(draft, template);
        if (upload.stream().anyMatch(Finding::refuses)) {
            return ValidationReport.refused(RuleSetVersion.of(draft), upload);
        }
        ValidationReport checked = RuleSetCheck.check(draft, limits);
        List<Finding> findings = new ArrayList<>(upload);
        findings.addAll(checked.findings());
        return new ValidationReport(checked.valid(), checked.rulesetVersion(), findings, checked.advisor());
    }

    static boolean isTable(String name) {
        return RuleSetCheck.isTable(name);
    }
}
