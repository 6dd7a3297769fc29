package org.maturityadvisor.definition;

import java.util.List;
import java.util.stream.Collectors;

/** The rules could not be loaded; lists every problem found, each naming its file and row, cell or line. */
public class RuleSetException extends RuntimeException {

    private final transient List<RuleSetProblem> problems;

    public RuleSetException(List<RuleSetProblem> problems) {
        super("the rules are not valid:\n" + problems.stream().map(p -> "  - " + p)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public RuleSetException(FindingKind kind, String file, String location, String message) {
        this(List.of(new RuleSetProblem(kind, file, location, message)));
    }

    /** The refusing findings of a check, each with its place (sheet and cell, row or line) as the location. */
    public static RuleSetException of(List<Finding> findings) {
        return new RuleSetException(findings.stream().filter(Finding::refuses).map(RuleSetException::problem)
                .toList());
    }

    private static RuleSetProblem problem(Finding finding) {
        String where = finding.where();
        String location = where.length() > finding.file().length() ? where.substring(finding.file().length() + 2) : "";
        return new RuleSetProblem(finding.kind(), finding.file(), location, finding.message());
    }

    public List<RuleSetProblem> problems() {
        return problems;
    }

    public static void throwIfAny(List<RuleSetProblem> problems) {
        if (!problems.isEmpty()) {
            throw new RuleSetException(problems);
        }
    }
}
