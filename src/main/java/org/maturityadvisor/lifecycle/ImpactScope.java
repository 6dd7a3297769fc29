package org.maturityadvisor.lifecycle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.definition.ContextCondition;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.EvidenceRule;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.ModelKind;
import org.maturityadvisor.definition.SectionRole;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetVersion;

/**
 * Which teams a draft can move, from a typed diff of the two rule sets' definitions, so that the impact preview
 * assesses only those. The preview compares each model's level and score; under the repository's DRL they follow
 * from the team's answers and that model's levels, sections and criteria alone (the target table and the context
 * feed only the target advice). So a team is unaffected when it reads the same answers under both catalogs and, in
 * every model, the criteria that differ cannot tip it:
 * <ul>
 * <li>a gated level is the highest below the lowest criterion the team does not meet (absent, or unknown because it
 * did not answer). A differing criterion the team meets changes nothing. Knowing where the team stands under the
 * active version ({@link Standing}: its stored result, or its assessment), at level L, one it does not meet changes
 * nothing either when it is added at level L+1 or above (level L+1 stays blocked), or removed from level L+2 or above,
 * or from level L+1 while another criterion that blocks L+1 stays as it was (whatever blocks L+1 still does); not
 * knowing L, any such criterion may move the team;</li>
 * <li>a scored model's score is the lowest section sum: adding or removing a test that earns the team nothing (an
 * unanswered test earns nothing either) changes no sum, unless a test may be left out for the team (sums are scaled
 * to the applicable tests).</li>
 * <li>a checklist is a gated model of levels 0 and 1: a statement of a required section gates level 1, one of an
 * extra section gates level 0, so any unmet one added or removed counts as one that may move the team (when in
 * doubt, assess); a section's role is part of the model's shape.</li>
 * <li>a criterion or test is the same only with the same evidence columns and Applies when: a criterion the team's
 * answer meets in value but not in evidence, freshness or applicability counts as one it does not meet.</li>
 * </ul>
 * A model whose kind, levels or dimensions differ (a band's floor, a level added) may move anybody, but only in that
 * model: every team is assessed, in the models the draft touches ({@link #touched}) alone, since under the reasoned DRL
 * a model's level and score never depend on another model's definitions. Any other difference (the DRL, a model added
 * or removed) may move anybody in any model, and so does DRL other than the one this reasoning was made for
 * ({@link #REASONED_DRL}): then every team is assessed in every model. When in doubt, assess:
 * {@code ImpactPreviewTest} checks it against assessing everybody.
 */
final class ImpactScope {

    /**
     * The version id ({@link RuleSetVersion}) of the {@code *.drl} files this reasoning holds for: the repository's
     * {@code rules/promotion.drl}, {@code scoring.drl}, {@code checklist.drl} and {@code target.drl}. Change it only after checking that the
     * reasoning above still holds for the new DRL.
     */
    static final String REASONED_DRL = "sha256:ddb9b01e047057b1";

    /**
     * What of a gated criterion places a team: the level it gates, the least answer that meets it, what it asks of the
     * answer beyond its value and the context it applies in (a criterion left out by context or by the team's "not
     * applicable" counts here as one the team does not meet: when in doubt, assess).
     */
    private record Gate(int level, String practice, int requiredRank, EvidenceRule evidence,
                        List<ContextCondition> appliesWhen) {
        static Gate of(Criterion criterion) {
            return new Gate(criterion.level(), criterion.practice(), criterion.requiredRank(), criterion.evidence(),
                    criterion.appliesWhen());
        }

        boolean metBy(Answers answers) {
            return answers.get(practice).map(this::meets).orElse(false);
        }

        private boolean meets(Answer answer) {
            return !answer.notApplicable() && answer.rank() >= requiredRank
                    && (!evidence.needsEvidence() && !evidence.needsConfirmation()
                    || answer.support() != Support.CLAIMED)
                    && (!evidence.needsConfirmation() || answer.support() == Support.CONFIRMED)
                    && (!evidence.staleBlocks() || !answer.stale());
        }

        /** Not met by these answers, and at {@code highest} or below (null: at any level). */
        boolean blocks(Answers answers, Integer highest) {
            return !metBy(answers) && (highest == null || level <= highest);
        }
    }

    /**
     * What of a scored test places a team: its section, the points each answer earns, what it asks beyond the value
     * and the context it applies in. A test that may not apply changes its section's scaling when added or removed,
     * so it never earns "nothing" here.
     */
    private record Test(String model, String section, String practice, List<Double> points, EvidenceRule evidence,
                        List<ContextCondition> appliesWhen) {
        static Test of(Criterion test) {
            return new Test(test.model(), test.dimension(), test.practice(), test.points(), test.evidence(),
                    test.appliesWhen());
        }

        boolean earnsNothing(Answers answers) {
            if (evidence.mayBeNotApplicable() || !appliesWhen.isEmpty()) {
                return false;
            }
            Optional<Answer> answer = answers.get(practice);
            return answer.isEmpty() || !answer.get().notApplicable() && (answer.get().rank() >= points.size()
                    || points.get(answer.get().rank()) == 0);
        }
    }

    /**
     * The criteria of a gated model that only the active version has, those that only the draft has, and the ids of
     * those both have alike.
     */
    private record GateChanges(String model, List<Gate> removed, List<Gate> added, Set<String> unchanged) {

        /**
         * Whether they can move a team of these answers standing there under the active rules (null: not known):
         * one it does not meet, added at level L or below, or removed from level L+1 or below (from L+1 only when no
         * unchanged criterion blocks L+1).
         */
        boolean mayMove(Answers answers, Standing standing) {
            if (standing == null) {
                return Stream.concat(removed.stream(), added.stream()).anyMatch(gate -> gate.blocks(answers, null));
            }
            int level = standing.level();
            boolean nextStaysBlocked = standing.nextBlockers().stream().anyMatch(unchanged::contains);
            return added.stream().anyMatch(gate -> gate.blocks(answers, level))
                    || removed.stream().anyMatch(gate -> gate.blocks(answers, nextStaysBlocked ? level : level + 1));
        }

        static GateChanges between(MaturityModel was, MaturityModel now) {
            Map<String, Gate> before = new HashMap<>();
            was.criteria().forEach(criterion -> before.put(criterion.id(), Gate.of(criterion)));
            Set<String> unchanged = new HashSet<>();
            now.criteria().stream().filter(criterion -> Gate.of(criterion).equals(before.get(criterion.id())))
                    .forEach(criterion -> unchanged.add(criterion.id()));
            return new GateChanges(was.id(), only(was, now, Gate::of), only(now, was, Gate::of), unchanged);
        }
    }

    /** The levels of a model and its dimensions (sections): what its rules place a team against, besides criteria. */
    private record Shape(List<Step> levels, List<Section> dimensions) {
        static Shape of(MaturityModel model) {
            return new Shape(model.levels().stream().map(l -> new Step(l.number(), l.kind(), l.scoreAbove())).toList(),
                    model.dimensions().stream().map(d -> new Section(d.name(), d.kind(), d.role())).toList());
        }
    }

    private record Step(int number, ModelKind kind, Double scoreAbove) {
    }

    private record Section(String name, ModelKind kind, SectionRole role) {
    }

    /** Why every team is assessed in every model, or null when only those {@link #mayMove} says. */
    private final String everyone;
    /** The models whose kind, levels or dimensions differ: every team is assessed in them. */
    private final Set<String> reshaped;
    /** The models in which something that may move a team differs: criteria, tests, the model's shape. */
    private final Set<String> touched;
    private final List<GateChanges> gates;
    /** The tests that differ, which must earn the team nothing. */
    private final List<Test> mustEarnNothing;
    /** By gated model, the ids of the criteria both versions have alike. */
    private final Map<String, Set<String>> unchanged;

    private ImpactScope(String everyone, Set<String> reshaped, Set<String> touched, List<GateChanges> gates,
                        List<Test> mustEarnNothing, Map<String, Set<String>> unchanged) {
        this.everyone = everyone;
        this.reshaped = Set.copyOf(reshaped);
        this.touched = Set.copyOf(touched);
        this.gates = List.copyOf(gates);
        this.mustEarnNothing = List.copyOf(mustEarnNothing);
        this.unchanged = Map.copyOf(unchanged);
    }

    static ImpactScope between(LoadedRuleSet current, LoadedRuleSet draft) {
        String drl = RuleSetVersion.of(drl(current.files()));
        if (!drl.equals(RuleSetVersion.of(drl(draft.files())))) {
            return everyone("the DRL differs");
        }
        if (!drl.equals(REASONED_DRL)) {
            return everyone("the DRL " + drl + " is not the one the skipping was reasoned for");
        }
        return between(current.advisor().definitions(), draft.advisor().definitions());
    }

    static ImpactScope between(Definitions current, Definitions draft) {
        Map<String, MaturityModel> before = byId(current);
        Map<String, MaturityModel> after = byId(draft);
        if (!before.keySet().equals(after.keySet())) {
            return everyone("models were added or removed");
        }
        List<GateChanges> gates = new ArrayList<>();
        List<Test> mustEarnNothing = new ArrayList<>();
        Map<String, Set<String>> unchanged = new HashMap<>();
        Set<String> reshaped = new HashSet<>();
        Set<String> touched = new HashSet<>();
        for (MaturityModel was : before.values()) {
            MaturityModel now = after.get(was.id());
            if (was.kind() != now.kind() || !Shape.of(was).equals(Shape.of(now))) {
                reshaped.add(was.id()); // every team is assessed in it: what differs in its criteria no longer matters
                touched.add(was.id());
            } else if (was.kind() != ModelKind.SCORED) { // a checklist statement gates level 1 (required) or nothing
                GateChanges changes = GateChanges.between(was, now);
                unchanged.put(was.id(), changes.unchanged());
                if (!changes.removed().isEmpty() || !changes.added().isEmpty()) {
                    gates.add(changes);
                    touched.add(was.id());
                }
            } else {
                int differing = mustEarnNothing.size();
                mustEarnNothing.addAll(only(was, now, Test::of));
                mustEarnNothing.addAll(only(now, was, Test::of));
                if (mustEarnNothing.size() > differing) {
                    touched.add(was.id());
                }
            }
        }
        return new ImpactScope(null, reshaped, touched, gates, mustEarnNothing, unchanged);
    }

    /**
     * Whether the draft may move this team (read under the active catalog, then under the draft's) in some model,
     * where it stands under the active version not known: false only when it certainly cannot.
     */
    boolean mayMove(TeamProfile before, TeamProfile after) {
        return mayMove(before, after, Map.of());
    }

    /**
     * The same, knowing where the team stands in some models under the active version (by model id; a model left out
     * is not known): false only when it certainly cannot.
     */
    boolean mayMove(TeamProfile before, TeamProfile after, Map<String, Standing> standings) {
        return mayMove(before, after, standings, null);
    }

    /**
     * The same, in these models only (null: in any): false only when the draft certainly leaves the team's level
     * and score in each of them as they are.
     */
    boolean mayMove(TeamProfile before, TeamProfile after, Map<String, Standing> standings, Set<String> models) {
        if (everyone != null || reshaped.stream().anyMatch(model -> models == null || models.contains(model))
                || !before.answers().equals(after.answers()) || !before.context().equals(after.context())) {
            return true;
        }
        Answers answers = before.answers();
        List<Test> tests = mustEarnNothing.stream().filter(test -> models == null || models.contains(test.model()))
                .toList();
        // a section's sum is scaled to its applicable tests: with any test left out for this team (its "not
        // applicable", its context), adding or removing even a test that earns nothing rescales it
        boolean mayBeScaled = !before.context().declared().isEmpty()
                || answers.all().stream().anyMatch(Answer::notApplicable);
        return gates.stream().filter(changes -> models == null || models.contains(changes.model()))
                .anyMatch(changes -> changes.mayMove(answers, standings.get(changes.model())))
                || !tests.isEmpty() && mayBeScaled
                || tests.stream().anyMatch(test -> !test.earnsNothing(answers));
    }

    /**
     * Where a team the draft cannot move ({@link #mayMove} false, knowing these standings) stands under the draft:
     * the same level and score, blocked at the next level by those of the same criteria that the draft has alike
     * (some of what blocks it, perhaps not all). So a stored result of an earlier version can stand in for the active
     * version: the scope between the two says whether it still holds.
     */
    Map<String, Standing> carried(Map<String, Standing> standings) {
        Map<String, Standing> carried = new HashMap<>();
        standings.forEach((model, standing) -> {
            Set<String> alike = unchanged.getOrDefault(model, Set.of());
            carried.put(model, new Standing(standing.level(), standing.score(), standing.nextBlockers().stream()
                    .filter(alike::contains).collect(Collectors.toSet())));
        });
        return carried;
    }

    /** Whether the two read every input to the same answers: they have the same catalog, byte for byte. */
    static boolean readAlike(LoadedRuleSet one, LoadedRuleSet other) {
        Optional<RuleFile> was = catalog(one.files());
        Optional<RuleFile> now = catalog(other.files());
        return was.isPresent() && now.isPresent() && Arrays.equals(was.get().content(), now.get().content());
    }

    private static Optional<RuleFile> catalog(List<RuleFile> files) {
        return files.stream().filter(file -> file.name().equals(RuleSetLoader.CATALOG)).findFirst();
    }

    /** Why every team is assessed in every model, if it is. */
    Optional<String> everyoneBecause() {
        return Optional.ofNullable(everyone);
    }

    /**
     * The only models in which the draft may move a team that reads the same answers under both catalogs, by id;
     * empty when it may move teams in any model ({@link #everyoneBecause}). A model outside them gets the same level
     * and score under both versions, for every team: its definitions and the DRL are the same.
     */
    Optional<Set<String>> touched() {
        return everyone != null ? Optional.empty() : Optional.of(touched);
    }

    /** The models whose kind, levels or dimensions differ (every team is assessed in them), sorted. */
    List<String> reshaped() {
        return reshaped.stream().sorted().toList();
    }

    /** How many criteria and tests differ between the two rule sets (0 when every team is assessed anyway). */
    int differing() {
        return gates.stream().mapToInt(changes -> changes.removed().size() + changes.added().size()).sum()
                + mustEarnNothing.size();
    }

    private static ImpactScope everyone(String why) {
        return new ImpactScope(why, Set.of(), Set.of(), List.of(), List.of(), Map.of());
    }

    /** What {@code one}'s criteria have that {@code other}'s lack, as multisets (two equal criteria count twice). */
    private static <T> List<T> only(MaturityModel one, MaturityModel other, Function<Criterion, T> key) {
        Map<T, Integer> balance = new HashMap<>();
        one.criteria().forEach(criterion -> balance.merge(key.apply(criterion), 1, Integer::sum));
        other.criteria().forEach(criterion -> balance.merge(key.apply(criterion), -1, Integer::sum));
        List<T> only = new ArrayList<>();
        balance.forEach((criterion, count) -> {
            for (int i = 0; i < count; i++) {
                only.add(criterion);
            }
        });
        return only;
    }

    private static Map<String, MaturityModel> byId(Definitions definitions) {
        Map<String, MaturityModel> models = new HashMap<>();
        definitions.models().forEach(model -> models.put(model.id(), model));
        return models;
    }

    private static List<RuleFile> drl(List<RuleFile> files) {
        return files.stream().filter(RuleFile::isDrl).toList();
    }
}
