package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.maturityadvisor.kie.RuleFile;
import org.maturityadvisor.report.ValidationText;
import org.maturityadvisor.ruleset.DraftFiles;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetValidator;
import org.maturityadvisor.ruleset.ValidationReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Validates a draft rule set (a rules directory, a zip of one, or one table "
        + "replacing its namesake) against the rules of --rules, the template; exits 4 when it is not valid.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", description = "a rules directory, a .zip of one, or one table "
            + "(*.drl.xlsx, *.drl.csv) or practices.csv")
    Path path;

    @Mixin
    RulesOption rules;

    @Mixin
    AdvisorCommand.JsonOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        InputFiles.readable(spec, path, "draft");
        List<RuleFile> template = RuleSetLoader.read(rules.directory());
        RuleSetLoader.startCompiling(template);
        ValidationReport report = RuleSetValidator.validate(DraftFiles.read(path, template), template);
        PrintWriter out = spec.commandLine().getOut();
        AdvisorCommand.print(out, output, report, () -> ValidationText.render(report.valid(),
                report.rulesetVersion(), report.findings()));
        out.flush();
        return report.valid() ? 0 : Cli.INVALID_RULES;
    }
}
