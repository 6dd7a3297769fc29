package org.maturityadvisor.cli;

import java.io.PrintWriter;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.report.CatalogReport;
import org.maturityadvisor.report.CatalogViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "practices", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Lists the practice catalog: ids, values (lowest first) and questions.")
final class PracticesCommand extends AdvisorCommand {

    @Mixin
    JsonOption output;

    @Override
    int run(Advisor advisor, PrintWriter out) {
        print(out, output, CatalogViews.practices(advisor.catalog()), () -> CatalogReport.practices(advisor.catalog()));
        return 0;
    }
}
