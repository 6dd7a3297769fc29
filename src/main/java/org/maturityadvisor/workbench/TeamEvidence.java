package org.maturityadvisor.workbench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.maturityadvisor.assessment.ResultBasis;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.teams.AnswerAges;
import org.maturityadvisor.teams.TeamFreshness;

/**
 * What a team's newest assessment rests on, as its page shows it: the bar of confirmed, evidenced and claimed answers,
 * the answers that are stale today or go stale within {@code soonDays} (as {@link TeamFreshness} lists them), the
 * answers whose evidence waits for a second person, and every answer's evidence. Nothing here judges a level.
 *
 * @param seq         the newest assessment's number
 * @param assessedOn  the day it was assessed (an answer without a day of its own describes that day)
 * @param today       the day freshness is read on
 */
public record TeamEvidence(int seq, LocalDate assessedOn, LocalDate today, int soonDays, AnswerBasisBar bar,
                           List<Fresh> freshness, List<Unconfirmed> unconfirmed, List<Backed> answers) {

    public TeamEvidence {
        freshness = List.copyOf(freshness);
        unconfirmed = List.copyOf(unconfirmed);
        answers = List.copyOf(answers);
    }

    /**
     * An answer with a limited life: as of which day, valid for how many days, the first day it is stale.
     *
     * @param stale whether it is stale today (else it goes stale within the soon days)
     */
    public record Fresh(String practice, String question, String value, LocalDate asOf, int validForDays,
                        LocalDate staleOn, boolean stale, String state) {
    }

    /**
     * An answer whose evidence is not all confirmed.
     *
     * @param confirmable whether the signed-in user may confirm it: someone else recorded an unconfirmed item
     * @param ownOnly     whether every unconfirmed item is the signed-in user's own (so a second person must confirm)
     */
    public record Unconfirmed(String practice, String question, String value, List<EvidenceItemView> items,
                              boolean confirmable, boolean ownOnly) {
    }

    /** An answer with something behind it besides its value: a day of its own, evidence, or a reason it is N/A. */
    public record Backed(String practice, String question, String value, String support, LocalDate asOf,
                         String reason, List<EvidenceItemView> items) {

        public String evidenceCount() {
            return Words.count(items.size(), "item", "items");
        }
    }

    /**
     * @param basis  what the stored result said it rests on, or null (a result stored before evidence existed)
     * @param caller the signed-in user's name, or null
     */
    static TeamEvidence of(int seq, LocalDate assessedOn, Answers answers, ResultBasis basis, PracticeCatalog catalog,
                           TeamFreshness.Listing ages, String caller) {
        LocalDate today = ages.today();
        List<Fresh> freshness = ages.answers().stream().map(age -> new Fresh(age.practice(), age.question(),
                age.value(), age.asOf(), age.validForDays(), age.staleOn(),
                age.freshness() == AnswerAges.Freshness.STALE, state(age.staleOn(), today,
                        age.freshness() == AnswerAges.Freshness.STALE))).toList();
        List<Unconfirmed> unconfirmed = new ArrayList<>();
        List<Backed> backed = new ArrayList<>();
        for (Answer answer : ordered(answers, catalog)) {
            Practice practice = catalog.find(answer.practice()).orElse(null);
            String question = practice == null ? answer.practice() : practice.question();
            String value = answer.shown();
            List<EvidenceItem> open = answer.details().evidence().stream().filter(item -> !item.confirmed()).toList();
            if (!open.isEmpty()) {
                boolean others = open.stream().anyMatch(item -> caller == null || !caller.equals(item.recordedBy()));
                unconfirmed.add(new Unconfirmed(answer.practice(), question, value,
                        open.stream().map(EvidenceItemView::of).toList(), caller != null && others, !others));
            }
            if (!answer.details().bare()) {
                backed.add(new Backed(answer.practice(), question, value, answer.support().words()
                        + (answer.stale() ? ", stale" : ""), answer.details().asOf(),
                        answer.details().notApplicableReason(),
                        answer.details().evidence().stream().map(EvidenceItemView::of).toList()));
            }
        }
        ResultBasis restsOn = basis != null ? basis : ResultBasis.of(answers.all());
        return new TeamEvidence(seq, assessedOn, today, ages.soonDays(), AnswerBasisBar.of(restsOn), freshness,
                unconfirmed, backed);
    }

    /** The answers in the questionnaire's order; practices the catalog no longer has last. */
    private static List<Answer> ordered(Answers answers, PracticeCatalog catalog) {
        List<String> order = catalog.practices().stream().map(Practice::id).toList();
        return answers.all().stream().sorted(Comparator.comparingInt((Answer a) -> {
            int at = order.indexOf(a.practice());
            return at < 0 ? Integer.MAX_VALUE : at;
        }).thenComparing(Answer::practice)).toList();
    }

    private static String state(LocalDate staleOn, LocalDate today, boolean stale) {
        long days = ChronoUnit.DAYS.between(today, staleOn);
        if (stale) {
            long since = -days;
            return since == 0 ? "stale since today" : "stale for " + Words.count(since, "day", "days");
        }
        return "goes stale in " + Words.count(days, "day", "days");
    }

    /** "1 answer is stale and 2 go stale within 30 days", "No answer is stale; 1 goes stale within 30 days". */
    public String freshnessWords() {
        int stale = staleCount();
        int soon = soonCount();
        String within = " within " + Words.count(soonDays, "day", "days");
        String head = stale == 0 ? "No answer is stale" : stale == 1 ? "1 answer is stale" : stale + " answers are stale";
        if (soon == 0) {
            return head + "; none goes stale" + within;
        }
        return head + (stale == 0 ? "; " : " and ") + soon + (soon == 1 ? " goes stale" : " go stale") + within;
    }

    public int staleCount() {
        return (int) freshness.stream().filter(Fresh::stale).count();
    }

    public int soonCount() {
        return freshness.size() - staleCount();
    }
}
