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

@Command(name = "practices", description = "Lists the practice catalog: ids, values (lowest first) and questions.")
final class PracticesCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print JSON (the same as GET /api/practices)")
    boolean json;

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Advisor advisor = rules.load();
        spec.commandLine().getOut().println(json ? Json.write(CatalogViews.practices(advisor.catalog()))
                : CatalogReport.practices(advisor.catalog()));
        return 0;
    }
}
