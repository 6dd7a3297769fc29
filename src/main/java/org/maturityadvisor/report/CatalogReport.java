package org.maturityadvisor.report;

import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.Level;
import org.maturityadvisor.definition.MaturityModel;

import java.util.List;

/** Renders the practice catalog and the models as text, for {@code practices} and {@code models} on the CLI. */
public final class CatalogReport {

    private CatalogReport() {
    }

    public static String practices(PracticeCatalog catalog) {
        StringBuilder out = new StringBuilder();
        String dimension = null;
        for (Practice practice : catalog.practices()) {
            if (!practice.dimension().equals(dimension)) {
                dimension = practice.dimension();
                out.append('\n').append(dimension).append('\n');
            }
            out.append("  ").append(practice.id()).append("  (").append(String.join(" < ", practice.choices()))
                    .append(")\n    ").append(practice.question()).append('\n');
        }
        return out.toString();
    }

    public static String models(List<MaturityModel> models) {
        StringBuilder out = new StringBuilder();
        for (MaturityModel model : models) {
            out.append('\n').append(model.name()).append(" [").append(model.id()).append("]\n");
            for (Level level : model.levels()) {
                out.append("  Level ").append(level.number()).append(": ").append(level.name()).append('\n');
                for (Criterion criterion : model.criteriaOf(level.number())) {
                    out.append(String.format("    %-34s %-24s %s >= %s%n", criterion.id(), criterion.dimension(),
                            criterion.practice(), criterion.required()));
                }
            }
        }
        return out.toString();
    }
}
