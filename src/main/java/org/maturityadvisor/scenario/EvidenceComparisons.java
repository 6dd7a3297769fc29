package org.maturityadvisor.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.Doubt;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.catalog.Support;

/**
 * The expectations about evidence, freshness and applicability, compared with a result: each difference one line
 * that names the model, the criterion or level, what was expected and what came out, in the words the reports use.
 */
final class EvidenceComparisons {

    private EvidenceComparisons() {
    }

    static void compare(ModelAssessment model, Expectations.OfModel expected, List<String> failures) {
        String id = model.model();
        if (expected.notApplicable() != null) {
            TreeSet<String> want = new TreeSet<>(expected.notApplicable());
            TreeSet<String> got = new TreeSet<>(model.notApplicable().stream().map(NotApplicable::criterion).toList());
            if (!want.equals(got)) {
                failures.add(id + ": expected not applicable " + want + ", got " + got);
            }
        }
        expected.doubts().forEach((criterion, doubt) -> compareDoubt(model, criterion, doubt, failures));
        expected.support().forEach((criterion, support) -> compareSupport(model, criterion, support, failures));
        if (expected.stale() != null) {
            TreeSet<String> want = new TreeSet<>(expected.stale());
            TreeSet<String> got = new TreeSet<>(Stream.concat(
                    model.met().stream().filter(met -> stale(met.basis())).map(MetCriterion::criterion),
                    blockers(model).filter(b -> stale(b.basis()) || b.doubt() == Doubt.STALE)
                            .map(Blocker::criterion)).toList());
            if (!want.equals(got)) {
                failures.add(id + ": expected stale " + want + ", got " + got);
            }
        }
        expected.restsOn().forEach((level, counts) -> compareLevel(model, level, counts, failures));
    }

    static void compareResult(AssessmentResult result, Expectations.OfResultBasis expected, List<String> failures) {
        ResultBasis got = result.restsOn();
        if (got == null) {
            failures.add("restsOn: the result says nothing about what it rests on");
            return;
        }
        List<String> differences = new ArrayList<>();
        count(differences, "answered", expected.answered(), got.answered());
        count(differences, "confirmed", expected.confirmed(), got.confirmed());
        count(differences, "evidenced", expected.evidenced(), got.evidenced());
        count(differences, "claimed", expected.claimed(), got.claimed());
        count(differences, "stale", expected.stale(), got.stale());
        count(differences, "not applicable", expected.notApplicable(), got.notApplicable());
        if (!differences.isEmpty()) {
            failures.add("restsOn: expected " + String.join(", ", differences) + " (" + got.words() + ")");
        }
    }

    private static void compareDoubt(ModelAssessment model, String criterion, Doubt doubt, List<String> failures) {
        String expected = model.model() + ": " + criterion + ": expected to block as unknown: " + doubt.words()
                + " (" + doubt.id() + ")";
        Optional<Blocker> blocker = blockers(model).filter(b -> b.criterion().equals(criterion)).findFirst();
        if (blocker.isPresent()) {
            if (blocker.get().doubt() != doubt) {
                failures.add(expected + ", got " + blocker.get().statusWords() + " (observed "
                        + Objects.requireNonNullElse(blocker.get().observed(), "nothing") + ")");
            }
            return;
        }
        failures.add(expected + ", but " + elsewhere(model, criterion));
    }

    private static void compareSupport(ModelAssessment model, String criterion, Support support,
                                       List<String> failures) {
        String expected = model.model() + ": " + criterion + ": expected met on " + support.words() + " ("
                + support.id() + ")";
        Optional<MetCriterion> met = model.met().stream().filter(m -> m.criterion().equals(criterion)).findFirst();
        if (met.isEmpty()) {
            failures.add(expected + ", but " + elsewhere(model, criterion));
        } else if (met.get().basis() == null) {
            failures.add(expected + ", but the result says nothing about what it rests on");
        } else if (met.get().basis().support() != support) {
            failures.add(expected + ", got met on " + met.get().basis().words());
        }
    }

    private static void compareLevel(ModelAssessment model, int level, Expectations.OfLevelBasis expected,
                                     List<String> failures) {
        Optional<LevelBasis> got = model.restsOn().stream().filter(basis -> basis.level() == level).findFirst();
        if (got.isEmpty()) {
            failures.add(model.model() + ": expected what level " + level + " rests on, but the result counts levels "
                    + model.restsOn().stream().map(LevelBasis::level).toList() + " (level reached: " + model.level()
                    + ")");
            return;
        }
        LevelBasis basis = got.get();
        List<String> differences = new ArrayList<>();
        count(differences, "met", expected.met(), basis.met());
        count(differences, "confirmed", expected.confirmed(), basis.confirmed());
        count(differences, "evidenced", expected.evidenced(), basis.evidenced());
        count(differences, "claimed", expected.claimed(), basis.claimed());
        count(differences, "stale", expected.stale(), basis.stale());
        if (!differences.isEmpty()) {
            failures.add(model.model() + ": level " + level + " rests on: expected " + String.join(", ", differences)
                    + " (" + basis.words() + ")");
        }
    }

    /** Where a criterion that was expected to block, or to be met, is instead. */
    private static String elsewhere(ModelAssessment model, String criterion) {
        Optional<MetCriterion> met = model.met().stream().filter(m -> m.criterion().equals(criterion)).findFirst();
        if (met.isPresent()) {
            return "it is met" + (met.get().basis() == null ? "" : " on " + met.get().basis().words());
        }
        Optional<Blocker> blocker = blockers(model).filter(b -> b.criterion().equals(criterion)).findFirst();
        if (blocker.isPresent()) {
            return "it is " + blocker.get().statusWords();
        }
        Optional<NotApplicable> left = model.notApplicable().stream().filter(n -> n.criterion().equals(criterion))
                .findFirst();
        if (left.isPresent()) {
            return "it is not applicable (" + (left.get().byContext() ? "by the team's context"
                    : "the team says: " + left.get().reason()) + ")";
        }
        return "the model has no criterion " + criterion + " in its result";
    }

    private static Stream<Blocker> blockers(ModelAssessment model) {
        return model.blockedLevels().stream().flatMap(level -> level.blockers().stream());
    }

    private static boolean stale(Basis basis) {
        return basis != null && basis.stale();
    }

    private static void count(List<String> differences, String name, Integer expected, int got) {
        if (expected != null && expected != got) {
            differences.add(name + " " + expected + ", got " + got);
        }
    }
}
