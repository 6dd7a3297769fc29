package org.maturityadvisor.assessment;

import java.time.LocalDate;
import java.util.List;

import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Support;

/**
 * What one answer rests on, shown beside every criterion it meets or blocks: a bare claim, evidence, or evidence a
 * second person confirmed; fresh or stale; the day it describes (null: the assessment's own day) and the evidence.
 */
public record Basis(Support support, boolean stale, LocalDate asOf, List<EvidenceItem> evidence,
                    Observation observed, Agreement agreement) {

    public Basis {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A basis with nothing read from a repository. */
    public Basis(Support support, boolean stale, LocalDate asOf, List<EvidenceItem> evidence) {
        this(support, stale, asOf, evidence, null, null);
    }

    /** The basis of an answer; null for none (unanswered). */
    public static Basis of(Answer answer) {
        return answer == null ? null
                : new Basis(answer.support(), answer.stale(), answer.details().asOf(), answer.details().evidence(),
                        answer.details().observed(), answer.details().agreement());
    }

    /** For people: "a bare claim", "evidence confirmed by a second person, stale". */
    public String words() {
        return support.words() + (stale ? ", stale" : "");
    }
}
