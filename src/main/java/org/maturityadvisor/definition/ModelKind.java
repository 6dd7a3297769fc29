package org.maturityadvisor.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.maturityadvisor.wire.WireId;

/**
 * How a model places a team. A <b>gated</b> model is a ladder: a level is reached when every criterion of it and of
 * every level below is met. A <b>scored</b> model gives each test points for the answer, sums them per section, takes
 * the lowest section sum as the score and reads the band off the score. A <b>checklist</b> model is statements in
 * sections, each section {@link SectionRole required or extra}: the team is at level 1 (complete, e.g. "MLOps mature")
 * when every applicable statement of every required section is met, level 0 otherwise; every section reports its
 * completion (met of applicable) and the extra sections' progress is reported beside the verdict, never behind it.
 */
public enum ModelKind implements WireId {
    GATED, SCORED, CHECKLIST;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The wire id: the same as the label. */
    @Override
    public String id() {
        return label();
    }

    public static Optional<ModelKind> fromLabel(String text) {
        return Arrays.stream(values()).filter(kind -> kind.label().equals(text)).findFirst();
    }
}
