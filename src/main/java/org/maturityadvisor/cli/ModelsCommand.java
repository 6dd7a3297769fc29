package org.maturityadvisor.cli;

import java.io.PrintWriter;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.report.CatalogReport;
import org.maturityadvisor.report.CatalogViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Lists the maturity models, their levels and the criteria gating each level.")
final class ModelsCommand extends AdvisorCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(Advisor advisor, PrintWriter out) {
        print(out, output, CatalogViews.models(advisor),
                () -> "Rule set: " + advisor.version() + "\n" + CatalogReport.models(advisor));
        return 0;
    }
}
