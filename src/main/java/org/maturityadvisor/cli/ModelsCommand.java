package org.maturityadvisor.cli;

import java.util.concurrent.Callable;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.report.CatalogReport;
import org.maturityadvisor.report.CatalogViews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "models", description = "Lists the maturity models, their levels and the criteria gating each level.")
final class ModelsCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON (the same as GET /api/models)")
    boolean json;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Advisor advisor = rules.load();
        spec.commandLine().getOut().println(json ? Json.write(CatalogViews.models(advisor))
                : "Rule set: " + advisor.version() + "\n" + CatalogReport.models(advisor.models()));
        return 0;
    }
}
