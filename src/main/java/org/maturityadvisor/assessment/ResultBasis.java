package org.maturityadvisor.assessment;

import java.util.Collection;

import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Support;

/**
 * What a whole result rests on: the team's answers counted by their support, how many are stale and how many mark a
 * practice not applicable.
 */
public record ResultBasis(int answered, int confirmed, int evidenced, int claimed, int stale, int notApplicable,
                          int observed, int disagreements) {

    /** A basis from before repositories were read: nothing observed. */
    public ResultBasis(int answered, int confirmed, int evidenced, int claimed, int stale, int notApplicable) {
        this(answered, confirmed, evidenced, claimed, stale, notApplicable, 0, 0);
    }

    public static ResultBasis of(Collection<Answer> answers) {
        int confirmed = 0;
        int evidenced = 0;
        int stale = 0;
        int notApplicable = 0;
        int observed = 0;
        int disagreements = 0;
        for (Answer answer : answers) {
            observed += answer.support() == Support.OBSERVED ? 1 : 0;
            Agreement agreement = answer.details().agreement();
            disagreements += agreement != null && agreement.disagrees() ? 1 : 0;
            confirmed += answer.support() == Support.CONFIRMED ? 1 : 0;
            evidenced += answer.support() == Support.EVIDENCED ? 1 : 0;
            stale += answer.stale() ? 1 : 0;
            notApplicable += answer.notApplicable() ? 1 : 0;
        }
        return new ResultBasis(answers.size(), confirmed, evidenced, answers.size() - confirmed - evidenced - observed,
                stale, notApplicable, observed, disagreements);
    }

    /**
     * "rests on 31 answers: 4 confirmed, 6 evidenced, 21 bare claims; 2 stale; 1 not applicable", with "3 observed"
     * and "2 disagree with the repository" when a repository was read.
     */
    public String words() {
        if (answered == 0) {
            return "rests on no answers";
        }
        StringBuilder text = new StringBuilder("rests on " + answered + (answered == 1 ? " answer" : " answers"));
        if (confirmed + evidenced + observed == 0) {
            text.append(answered == 1 ? ": a bare claim" : ": all bare claims");
        } else {
            text.append(": ").append(confirmed).append(" confirmed, ");
            if (observed > 0) {
                text.append(observed).append(" observed, ");
            }
            text.append(evidenced).append(" evidenced, ")
                    .append(claimed).append(claimed == 1 ? " bare claim" : " bare claims");
        }
        if (disagreements > 0) {
            text.append("; ").append(disagreements).append(disagreements == 1 ? " disagrees" : " disagree")
                    .append(" with the repository");
        }
        if (stale > 0) {
            text.append("; ").append(stale).append(" stale");
        }
        if (notApplicable > 0) {
            text.append("; ").append(notApplicable).append(" not applicable");
        }
        return text.toString();
    }
}
