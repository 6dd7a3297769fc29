package org.maturityadvisor.assessment;

import java.util.Collection;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Support;

/**
 * What a whole result rests on: the team's answers counted by their support, how many are stale and how many mark a
 * practice not applicable.
 */
public record ResultBasis(int answered, int confirmed, int evidenced, int claimed, int stale, int notApplicable) {

    public static ResultBasis of(Collection<Answer> answers) {
        int confirmed = 0;
        int evidenced = 0;
        int stale = 0;
        int notApplicable = 0;
        for (Answer answer : answers) {
            confirmed += answer.support() == Support.CONFIRMED ? 1 : 0;
            evidenced += answer.support() == Support.EVIDENCED ? 1 : 0;
            stale += answer.stale() ? 1 : 0;
            notApplicable += answer.notApplicable() ? 1 : 0;
        }
        return new ResultBasis(answers.size(), confirmed, evidenced, answers.size() - confirmed - evidenced, stale,
                notApplicable);
    }

    /** "rests on 31 answers: 4 confirmed, 6 evidenced, 21 bare claims; 2 stale; 1 not applicable". */
    public String words() {
        if (answered == 0) {
            return "rests on no answers";
        }
        StringBuilder text = new StringBuilder("rests on " + answered + (answered == 1 ? " answer" : " answers"));
        if (confirmed + evidenced == 0) {
            text.append(answered == 1 ? ": a bare claim" : ": all bare claims");
        } else {
            text.append(": ").append(confirmed).append(" confirmed, ").append(evidenced).append(" evidenced, ")
                    .append(claimed).append(claimed == 1 ? " bare claim" : " bare claims");
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
