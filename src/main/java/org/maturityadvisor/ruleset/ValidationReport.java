package org.maturityadvisor.ruleset;

import java.util.List;
import java.util.Optional;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.definition.Finding;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What validating a draft rule set found. {@code valid} when no finding is an error; then {@code advisor} is the
 * draft compiled (the only compile the validation made), ready to run scenarios on or to publish; otherwise it is
 * null and the draft never reached the compiler unless every cell check passed. The JSON form leaves the advisor out.
 */
public record ValidationReport(boolean valid, String rulesetVersion, List<Finding> findings,
                               @JsonIgnore Advisor advisor) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** The compiled draft, when it is valid. */
    public Optional<Advisor> compiled() {
        return Optional.ofNullable(advisor);
    }

    static ValidationReport refused(String version, List<Finding> findings) {
        return new ValidationReport(false, version, findings, null);
    }
}
