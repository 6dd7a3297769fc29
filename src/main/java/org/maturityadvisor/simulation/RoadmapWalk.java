package org.maturityadvisor.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.MaturityModel;

/**
 * Applies the steps of a roadmap one after another on one session over every model, and asks the rules what each
 * step clears (the blockers of any model it meets in full) and unlocks (the levels that change).
 */
final class RoadmapWalk {

    private final Advisor advisor;
    private final TeamProfile team;

    RoadmapWalk(Advisor advisor, TeamProfile team) {
        this.advisor = advisor;
        this.team = team;
    }

    List<Roadmap.Bundle> walk(List<RoadmapPlanner.Leg> legs) {
        Set<String> all = advisor.models().stream().map(MaturityModel::id).collect(Collectors.toSet());
        List<Roadmap.Bundle> bundles = new ArrayList<>();
        try (Advisor.Variants variants = advisor.variants(team, all)) {
            Answers answers = team.answers();
            AssessmentResult before = variants.assess(answers);
            for (RoadmapPlanner.Leg leg : legs) {
                AssessmentResult bundleStart = before;
                List<Roadmap.Step> steps = new ArrayList<>();
                for (PathStep path : leg.steps()) {
                    Answer to = answer(path.practice(), path.to());
                    answers = answers.with(to);
                    AssessmentResult after = variants.assess(answers);
                    steps.add(step(path, to, before, after));
                    before = after;
                }
                bundles.add(new Roadmap.Bundle(leg.model().id(), leg.model().name(), leg.level(),
                        leg.model().level(leg.level()).name(), steps, gains(bundleStart, before)));
            }
        }
        return bundles;
    }

    private Roadmap.Step step(PathStep path, Answer to, AssessmentResult before, AssessmentResult after) {
        Practice practice = advisor.catalog().find(path.practice()).orElseThrow();
        return new Roadmap.Step(path.practice(), practice.question(), path.from(), path.to(), path.effort(),
                path.remediation(), cleared(practice, to, before, after), gains(before, after));
    }

    /** The blockers before the step, of every model, that the answers after it meet in full. */
    static List<Roadmap.Cleared> cleared(Practice practice, Answer to, AssessmentResult before,
                                         AssessmentResult after) {
        List<Roadmap.Cleared> cleared = new ArrayList<>();
        for (ModelAssessment model : before.models()) {
            Map<String, MetCriterion> metAfter = after.model(model.model()).met().stream()
                    .collect(Collectors.toMap(MetCriterion::criterion, Function.identity(), (a, b) -> a));
            model.blockedLevels().stream().map(BlockedLevel::blockers).flatMap(List::stream)
                    .filter(blocker -> blocker.practice().equals(practice.id()))
                    .filter(blocker -> inFull(practice, metAfter.get(blocker.criterion())))
                    .map(blocker -> cleared(model, blocker)).distinct().forEach(cleared::add);
        }
        return cleared;
    }

    private static boolean inFull(Practice practice, MetCriterion met) {
        return met != null && (met.points() == null || practice.rankOf(met.observed()).orElse(-1)
                >= practice.rankOf(met.required()).orElse(Integer.MAX_VALUE));
    }

    private static Roadmap.Cleared cleared(ModelAssessment model, Blocker blocker) {
        return new Roadmap.Cleared(model.model(), blocker.criterion(), blocker.text(), blocker.level(),
                model.modelName());
    }

    /** Every model whose level differs between the two results. */
    static List<Roadmap.LevelGain> gains(AssessmentResult before, AssessmentResult after) {
        List<Roadmap.LevelGain> gains = new ArrayList<>();
        for (ModelAssessment was : before.models()) {
            ModelAssessment now = after.model(was.model());
            if (now.level() != was.level()) {
                gains.add(new Roadmap.LevelGain(was.model(), was.modelName(), was.level(), now.level()));
            }
        }
        return gains;
    }

    private Answer answer(String practiceId, String value) {
        return advisor.catalog().find(practiceId).orElseThrow().answer(value).proven();
    }
}
