package org.maturityadvisor.assessment;

import java.util.Comparator;
import java.util.List;

import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.TargetRule;

/**
 * The target level from the {@link TargetAdvice} the rules inserted, and the roadmap to it from the model's explained
 * chain: every blocker of the levels between the current level and the target.
 */
final class TargetExplainer {

    private TargetExplainer() {
    }

    static TargetLevel explain(List<MaturityModel> models, List<ModelAssessment> assessments, RuleFindings findings,
                               TeamContext context) {
        if (findings.targets().size() != 1) {
            throw new IllegalStateException("the rules advised " + findings.targets().size() + " target levels "
                    + "instead of one; check rules/target.drl and that the target table ends with an any/any/any row");
        }
        TargetRule rule = findings.targets().get(0).rule();
        MaturityModel model = models.stream().filter(m -> m.id().equals(rule.model())).findFirst().orElseThrow();
        ModelAssessment assessment = assessments.stream().filter(a -> a.model().equals(rule.model())).findFirst()
                .orElseThrow();
        List<String> alsoMatched = findings.targetMatches().stream().map(TargetMatch::rule)
                .filter(other -> other.order() > rule.order())
                .sorted(Comparator.comparingInt(TargetRule::order)).map(TargetRule::id).toList();
        List<BlockedLevel> roadmap = assessment.blockedLevels().stream().filter(l -> l.level() <= rule.level())
                .map(l -> new BlockedLevel(l.level(), l.name(), l.shortfalls(), l.blockers().stream()
                        .sorted(Comparator.comparing(Blocker::effort)).toList()))
                .toList();
        int current = assessment.level();
        TargetStatus status = TargetStatus.of(current, rule.level());
        return new TargetLevel(model.id(), model.name(), current, assessment.levelName(), rule.level(),
                model.level(rule.level()).name(), status, rule.reason(), rule.id(), rule.conditions(),
                rule.source().toString(), context, alsoMatched, summary(model, rule, current, roadmap), roadmap);
    }

    private static String summary(MaturityModel model, TargetRule rule, int current, List<BlockedLevel> roadmap) {
        String aim = "Aim for level " + rule.level() + ", " + model.level(rule.level()).name() + ".";
        if (current >= rule.level()) {
            return aim + (current == rule.level() ? " The team is there: keep it there."
                    : " The team is above it, at level " + current + ": keep what pays, no need to climb further.");
        }
        long steps = roadmap.stream().mapToLong(l -> l.blockers().size()).sum();
        return aim + " The team is at level " + current + ": " + steps + (steps == 1 ? " change" : " changes")
                + " over " + roadmap.size() + (roadmap.size() == 1 ? " level" : " levels") + " get it there.";
    }
}
