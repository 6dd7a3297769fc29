package org.maturityadvisor.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.SectionCompletion;

/**
 * A checklist model's expected section completions compared with its result: each difference one line naming the
 * model, the section, what was expected and what came out (with the unmet statements, so the cause is in the line).
 */
final class SectionComparisons {

    private SectionComparisons() {
    }

    static void compare(ModelAssessment model, Map<String, Expectations.OfSection> expected, List<String> failures) {
        if (expected.isEmpty()) {
            return;
        }
        String id = model.model();
        if (!model.checklist()) {
            failures.add(id + ": expects sections " + expected.keySet() + ", but it is a "
                    + (model.scored() ? "scored" : "gated") + " model: only a checklist model has sections with a "
                    + "completion");
            return;
        }
        expected.forEach((section, want) -> {
            Optional<SectionCompletion> got = model.sections().stream().filter(s -> s.section().equals(section))
                    .findFirst();
            if (got.isEmpty()) {
                failures.add(id + ": expected section \"" + section + "\" at " + want + " (met/applicable), but the "
                        + "model has no such section (it has " + model.sections().stream()
                        .map(SectionCompletion::section).collect(Collectors.joining(", ")) + ")");
            } else if (got.get().met() != want.met() || got.get().applicable() != want.applicable()) {
                SectionCompletion completion = got.get();
                failures.add(id + ": expected section \"" + section + "\" at " + want + " (met/applicable), got "
                        + completion.met() + "/" + completion.applicable() + unmet(completion));
            }
        });
    }

    private static String unmet(SectionCompletion completion) {
        return completion.unmet().isEmpty() ? "" : "; unmet: " + completion.unmet().stream()
                .map(blocker -> blocker.criterion() + " (" + blocker.statusWords() + ")")
                .collect(Collectors.joining(", "));
    }
}
