package org.maturityadvisor.lifecycle;

import java.util.List;

import org.maturityadvisor.coverage.ScenarioCoverage;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.scan.DetectorDiff;
import org.maturityadvisor.scenario.ScenarioOutcome;

/**
 * What a draft rule set would do: whether it is valid (every problem with its file and cell), whether every scenario
 * still passes, which stored teams and scenarios would change level and the criteria responsible, and whether it may
 * be published. {@code baseVersion} is the version active when it was drafted: it may be published only while that
 * version is still active (or rebased onto the one active now). Times in milliseconds. A refused draft lists at most
 * {@code maturity.limits.errors} findings; {@code findingsLeftOut} says how many more there were. {@code coverage} is
 * what the scenarios exercise of the draft, with a warning per changed row none exercises (null for a refused draft
 * and in reports stored before coverage was read); a warning never blocks publishing.
 */
public record DraftReport(Long seq, String version, String baseVersion, String comment, boolean valid,
                          List<Finding> findings,
                          Gate gate, Impact impact, boolean publishable, Timings timings, int findingsLeftOut,
                          ScenarioCoverage coverage) {

    public DraftReport {
        findings = List.copyOf(findings);
    }

    /** A report without scenario coverage: a refused draft, or one stored before coverage was read. */
    public DraftReport(Long seq, String version, String baseVersion, String comment, boolean valid,
                       List<Finding> findings, Gate gate, Impact impact, boolean publishable, Timings timings,
                       int findingsLeftOut) {
        this(seq, version, baseVersion, comment, valid, findings, gate, impact, publishable, timings,
                findingsLeftOut, null);
    }

    /** The scenario suite run on the draft; any failure blocks publishing unless an admin forces it. */
    public record Gate(int scenarios, int passed, List<ScenarioOutcome> failures) {
        public Gate {
            failures = List.copyOf(failures);
        }

        public boolean open() {
            return failures.isEmpty();
        }
    }

    /**
     * The draft against the active version, over every stored team's newest assessment and every scenario, and what
     * it changes in the detector table ({@code detectors}: none when the table is the same; absent in reports stored
     * before detectors were previewed).
     */
    public record Impact(String activeVersion, int teamsChecked, int scenariosChecked, List<Change> teams,
                         List<Change> scenarios, List<DetectorDiff.Change> detectors) {
        public Impact {
            teams = List.copyOf(teams);
            scenarios = List.copyOf(scenarios);
            detectors = detectors == null ? List.of() : List.copyOf(detectors);
        }

        public Impact(String activeVersion, int teamsChecked, int scenariosChecked, List<Change> teams,
                      List<Change> scenarios) {
            this(activeVersion, teamsChecked, scenariosChecked, teams, scenarios, List.of());
        }

        /** The same impact, with what the draft changes in the detector table. */
        public Impact withDetectors(List<DetectorDiff.Change> changes) {
            return new Impact(activeVersion, teamsChecked, scenariosChecked, teams, scenarios, changes);
        }
    }

    /** One team or scenario whose level changes in at least one model, with only the models that change. */
    public record Change(String id, String name, List<ModelImpact> models) {
        public Change {
            models = List.copyOf(models);
        }
    }

    /**
     * One model's move, and the criteria responsible: when the level falls, those that now block the levels lost;
     * when it rises, those that blocked the levels gained under the active version and no longer do.
     */
    public record ModelImpact(String model, int levelBefore, int levelAfter, Double scoreBefore, Double scoreAfter,
                              List<Responsible> responsible) {
        public ModelImpact {
            responsible = List.copyOf(responsible);
        }
    }

    /** A criterion behind a move: what it asks of which practice, and what the team answered. */
    public record Responsible(String criterion, int level, String practice, String observed, String required,
                              String effect) {
    }

    public record Timings(long validateMs, long gateMs, long impactMs) {
    }
}
