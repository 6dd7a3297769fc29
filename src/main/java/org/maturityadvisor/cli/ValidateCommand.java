package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.report.ValidationText;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetValidator;
import org.maturityadvisor.ruleset.SarifReport;
import org.maturityadvisor.ruleset.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Validates a draft rule set (a rules directory, a zip of one, or one table "
        + "replacing its namesake) against the rules of --rules, the template; exits 4 when it is not valid (in every format).")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "a rules directory, a .zip of one, or one table "
            + "(*.drl.xlsx, *.drl.csv) or practices.csv")
    Path path;

    @Mixin
    RulesOption rules;

    /** Text for people, the API's JSON, or SARIF 2.1.0 for code scanning. */
    enum Format { text, json, sarif }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (the API's JSON) or sarif (SARIF 2.1.0, for code scanning); default "
                    + "${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--json", description = "the same as --format json")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles.readable(spec, path, "draft");
        List<RuleFile> template = RuleSetLoader.read(rules.directory());
        RuleSetLoader.startCompiling(template);
        ValidationReport report = RuleSetValidator.validate(DraftFiles.read(path, template), template);
        PrintWriter out = spec.commandLine().getOut();
        out.println(switch (json ? Format.json : format) {
            case text -> ValidationText.render(report.valid(), report.rulesetVersion(), report.findings());
            case json -> Json.write(report);
            case sarif -> Json.write(SarifReport.of(CliVersion.version(), report.rulesetVersion(), report.valid(),
                    report.findings()));
        });
        out.flush();
        return report.valid() ? 0 : Cli.INVALID_RULES;
    }
}
