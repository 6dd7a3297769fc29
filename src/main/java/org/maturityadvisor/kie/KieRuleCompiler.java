package org.maturityadvisor.kie;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.maturityadvisor.assessment.Explainer;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.assessment.RuleFindings;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.ruleset.RuleCompiler;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * Compiles the repository's DRL, the only code the service ever compiles, and pairs it with a rule set's checked
 * definitions, which enter every session as typed facts. Nothing read from a table reaches this class as text: it
 * gets {@link Definitions}. The DRL rarely changes between rule-set versions, so its knowledge base is built once per
 * DRL content and shared by every version that carries the same files; for the repository's own DRL it is the one the
 * build compiled and bundled in the jar ({@link PrecompiledRules}), so that a start does not compile it.
 */
public final class KieRuleCompiler implements RuleCompiler {

    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]+)]");

    /** For {@link java.util.ServiceLoader}: callers reach it as {@link RuleCompiler#installed()}. */
    public KieRuleCompiler() {
    }

    @Override
    public RuleEngine compile(Definitions definitions, List<RuleFile> drls) {
        KieRuleEngine engine = new KieRuleEngine(evaluationRules(drls), definitions);
        checkEveryTeamCanBeExplained(engine, definitions, drls);
        return engine;
    }

    /**
     * Starts building the knowledge base of these DRL files on a background thread, so that it overlaps reading the
     * tables (the DRL does not depend on them). {@link #compile} then waits for it; a failure is reported there.
     */
    @Override
    public void startBuilding(List<RuleFile> drls) {
        if (!drls.isEmpty()) {
            KieBases.inBackground(() -> evaluationRules(drls));
        }
    }

    /**
     * Starts loading the knowledge base the jar carries for the repository's DRL, before any rules directory is read:
     * for a run that will most likely load the shipped rules. Rules with other DRL are built as usual; this load is
     * then only wasted work on another thread.
     */
    @Override
    public void startLoadingBundled() {
        String key = PrecompiledRules.bundledKey();
        if (key != null) {
            KieBases.inBackground(() -> KieBases.get(key, () -> checked(PrecompiledRules.forKey(key).orElseThrow(
                    () -> new IllegalStateException("the bundled rules are not for this Drools")), "rules/")));
        }
    }

    /** The base bundled in the jar when these are the repository's own DRL files, else these files compiled now. */
    static KieBase evaluationRules(List<RuleFile> drls) {
        if (drls.isEmpty()) {
            throw new RuleSetException(FindingKind.MISSING_FILE, "rules/", "", "no .drl file: the promotion rules "
                    + "(promotion.drl) are missing");
        }
        String key = key(drls);
        return KieBases.get(key, () -> checked(PrecompiledRules.forKey(key)
                .orElseGet(() -> KieBaseBuilder.build(sources(drls), KieRuleCompiler::locate).getKieBase()),
                drls.get(0).name()));
    }

    /** Refuses a base with no rules or a rule outside the phases, whichever way it was made; makes a first session. */
    private static KieBase checked(KieBase rules, String firstFile) {
        if (ruleCount(rules) == 0) {
            throw new RuleSetException(FindingKind.DRL_ERROR, firstFile, "", "the DRL files contain no rules");
        }
        RuleSetException.throwIfAny(outsidePhases(rules));
        warmUp(rules);
        return rules;
    }

    /**
     * A first session loads a few hundred of Drools' run-time classes; made here, on the thread that builds (in the
     * background while the tables are read), it takes that off the first evaluation's path.
     */
    private static void warmUp(KieBase rules) {
        KieSession session = rules.newKieSession();
        try {
            session.insert(TeamContext.unknown());
            session.fireAllRules(KieRuleEngine.MAX_FIRINGS);
        } finally {
            session.dispose();
        }
    }

    static List<KieBaseBuilder.Source> sources(List<RuleFile> drls) {
        return drls.stream()
                .map(drl -> new KieBaseBuilder.Source(drl.name(), new String(drl.content(), StandardCharsets.UTF_8)))
                .toList();
    }

    static RuleSetProblem locate(KieBaseBuilder.Source source, Message message) {
        return new RuleSetProblem(FindingKind.DRL_ERROR, source.file(), message.getLine() > 0 ? "line "
                + "" + message.getLine() : "", describe(message));
    }

    /** The DRL files' content key: their names and bytes, in order. */
    static String key(List<RuleFile> drls) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile drl : drls) {
                digest.update(drl.name().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(drl.content());
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Explains a team that answered nothing, exactly as a request would: the rules must classify every model and
     * dimension and judge every criterion exactly once, or the rule set is refused here rather than failing requests.
     */
    private static void checkEveryTeamCanBeExplained(RuleEngine engine, Definitions definitions,
                                                     List<RuleFile> drls) {
        RuleFindings findings = engine.evaluate(Answers.none(), TeamContext.unknown());
        List<RuleSetProblem> problems = new ArrayList<>();
        // the judging and classifying rules every kind relies on are in promotion.drl; blame it when it is there
        String blamed = drls.stream().map(RuleFile::name).filter(name -> name.equals("promotion.drl")).findFirst()
                .orElse(drls.get(0).name());
        try {
            Explainer.explain("", "", definitions, findings, TeamContext.unknown());
        } catch (IllegalStateException e) {
            problems.add(new RuleSetProblem(FindingKind.UNEXPLAINED_TEAM, blamed, "", "for a team with "
                    + "no answers " + e.getMessage()));
        }
        for (MaturityModel model : definitions.models()) {
            long judged = findings.results().stream().filter(r -> r.model().equals(model.id())).count();
            if (judged > model.criteria().size()) {
                problems.add(new RuleSetProblem(FindingKind.UNEXPLAINED_TEAM, blamed, "",
                        "for a team with no answers the rules "
                        + "judged " + judged + " results for the " + model.criteria().size() + " criteria of model "
                        + model.id() + "; each criterion must be judged exactly once"));
            }
        }
        RuleSetException.throwIfAny(problems);
    }

    /** A rule outside the phases would run after all of them (or never run in order): each names its phase. */
    private static List<RuleSetProblem> outsidePhases(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(rule -> !KieRuleEngine.PHASES.contains(((RuleImpl) rule).getAgendaGroup()))
                .map(rule -> new RuleSetProblem(FindingKind.DRL_ERROR, rule.getPackageName(), "rule "
                        + "\"" + rule.getName() + "\"",
                        "belongs to no phase; give it ruleflow-group one of " + KieRuleEngine.PHASES))
                .toList();
    }

    private static int ruleCount(KieBase base) {
        return base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
    }

    private static String describe(Message message) {
        // MVEL puts the reason after the whole consequence: "[Error: unable to resolve method ...]"
        Matcher error = MVEL_ERROR.matcher(String.valueOf(message.getText()));
        return (message.getLevel() == Message.Level.WARNING ? "warning: " : "")
                + (error.find() ? error.group(1) : KieBaseBuilder.firstLine(message.getText()));
    }
}
