package org.maturityadvisor.testing;

import java.util.List;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetValidator;

/**
 * The findings the shipped rules give of themselves (the warnings of a model whose source leaves cells blank), so a
 * test that edits a copy of the shipped rules asserts on what its edit caused and not on the shipped baseline.
 */
public final class ShippedFindings {

    private static List<Finding> baseline;

    private ShippedFindings() {
    }

    /** The findings not given by the unedited shipped rules. */
    public static List<Finding> beyondShipped(List<Finding> findings) {
        List<Finding> shipped = baseline();
        return findings.stream().filter(finding -> !shipped.contains(finding)).toList();
    }

    public static synchronized List<Finding> baseline() {
        if (baseline == null) {
            List<RuleFile> files = RuleSetLoader.read(ShippedRules.DIRECTORY);
            baseline = RuleSetValidator.validate(files, files).findings();
        }
        return baseline;
    }
}
