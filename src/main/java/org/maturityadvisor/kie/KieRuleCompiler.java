package org.maturityadvisor.kie;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.kie.api.KieBase;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.maturityadvisor.assessment.Explainer;
import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.assessment.RuleFindings;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.DefinitionAssembler;
import org.maturityadvisor.definition.Definitions;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;
import org.maturityadvisor.definition.TableRow;

/**
 * Compiles one rule set: the decision tables, whose rules define the models, and the DRL, whose rules evaluate a team
 * against them. The table rules run once, here; only the DRL runs per assessment.
 */
public final class KieRuleCompiler {

    /** Drools names the cell of a structural error: "... in cell K36 ...". */
    private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]+\\d+)");
    private static final Pattern MVEL_ERROR = Pattern.compile("\\[Error: ([^\\]]+)]");

    /** The compiled rule set: its models and the engine that evaluates teams against them. */
    public record Compiled(Definitions definitions, RuleEngine engine) {
    }

    private KieRuleCompiler() {
    }

    /**
     * @throws RuleSetException naming the file and the sheet row, cell or DRL line of every problem
     */
    public static Compiled compile(List<RuleFile> tables, List<RuleFile> drls, PracticeCatalog catalog) {
        List<GeneratedDrl> generated = generate(tables);
        List<TableRow> rows = DefinitionReader.read(generated);
        Definitions definitions = DefinitionAssembler.assemble(rows, catalog);
        KieContainer evaluation = evaluationRules(drls);
        KieRuleEngine engine = new KieRuleEngine(evaluation, definitions);
        checkEveryTeamCanBeExplained(engine, definitions, drls);
        return new Compiled(definitions, engine);
    }

    private static List<GeneratedDrl> generate(List<RuleFile> tables) {
        List<RuleSetProblem> problems = new ArrayList<>();
        List<GeneratedDrl> generated = new ArrayList<>();
        for (RuleFile table : tables) {
            InputType type = table.name().endsWith(".csv") ? InputType.CSV : InputType.XLS;
            try {
                String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(table.content()), type);
                generated.add(new GeneratedDrl(table, drl));
            } catch (RuntimeException e) {
                String message = KieBaseBuilder.firstLine(String.valueOf(e.getMessage()));
                Matcher cell = CELL.matcher(message);
                problems.add(new RuleSetProblem(table.name(), cell.find() ? "cell " + cell.group(1) : "",
                        "cannot be read as a decision table: " + message));
            }
        }
        RuleSetException.throwIfAny(problems);
        return generated;
    }

    static KieBase tableBase(List<GeneratedDrl> generated) {
        List<KieBaseBuilder.Source> sources = generated.stream()
                .map(table -> new KieBaseBuilder.Source(table.file(), table.drl())).toList();
        return KieBaseBuilder.build(sources, KieBaseBuilder.Dialect.MVEL, (source, message) -> {
            String location = generated.stream().filter(t -> t.file().equals(source.file())).findFirst()
                    .map(t -> t.locate(message.getLine(), message.getText())).orElse("");
            return new RuleSetProblem(source.file(), location, describe(message));
        }).getKieBase();
    }

    private static KieContainer evaluationRules(List<RuleFile> drls) {
        if (drls.isEmpty()) {
            throw new RuleSetException("rules/", "", "no .drl file: the promotion rules (promotion.drl) are missing");
        }
        List<KieBaseBuilder.Source> sources = drls.stream()
                .map(drl -> new KieBaseBuilder.Source(drl.name(), new String(drl.content(), StandardCharsets.UTF_8)))
                .toList();
        KieContainer rules = KieBaseBuilder.build(sources, KieBaseBuilder.Dialect.JAVA, (source, message) ->
                new RuleSetProblem(source.file(), message.getLine() > 0 ? "line " + message.getLine() : "",
                        describe(message)));
        if (ruleCount(rules.getKieBase()) == 0) {
            throw new RuleSetException(drls.get(0).name(), "", "the DRL files contain no rules");
        }
        return rules;
    }

    /**
     * Explains a team that answered nothing, exactly as a request would: the rules must classify every model and
     * dimension and judge every criterion exactly once, or the rule set is refused here rather than failing requests.
     */
    private static void checkEveryTeamCanBeExplained(RuleEngine engine, Definitions definitions,
                                                     List<RuleFile> drls) {
        RuleFindings findings = engine.evaluate(Answers.none(), TeamContext.unknown());
        List<RuleSetProblem> problems = new ArrayList<>();
        try {
            Explainer.explain("", "", definitions, findings, TeamContext.unknown());
        } catch (IllegalStateException e) {
            problems.add(new RuleSetProblem(drls.get(0).name(), "", "for a team with no answers " + e.getMessage()));
        }
        for (MaturityModel model : definitions.models()) {
            long judged = findings.results().stream().filter(r -> r.model().equals(model.id())).count();
            if (judged > model.criteria().size()) {
                problems.add(new RuleSetProblem(drls.get(0).name(), "", "for a team with no answers the rules "
                        + "judged " + judged + " results for the " + model.criteria().size() + " criteria of model "
                        + model.id() + "; each criterion must be judged exactly once"));
            }
        }
        RuleSetException.throwIfAny(problems);
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
