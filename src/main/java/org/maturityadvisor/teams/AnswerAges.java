package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Support;
import org.maturityadvisor.store.AnswerStanding;
import org.maturityadvisor.wire.WireId;

/**
 * How old a team's answers are against their practices' "valid for": the day each turns stale (the day after its
 * {@code asOf} plus the days it stays valid), what the stored assessment keeps of it ({@link AnswerStanding}), and
 * which answers are stale or go stale soon. Pure: the day is given.
 */
public final class AnswerAges {

    private AnswerAges() {
    }

    /** Where an answer stands on the day asked about. */
    public enum Freshness implements WireId {
        STALE("stale", "stale"), SOON("goes-stale-soon", "goes stale soon");

        private final String id;
        private final String words;

        Freshness(String id, String words) {
            this.id = id;
            this.words = words;
        }

        @Override
        public String id() {
            return id;
        }

        public String words() {
            return words;
        }
    }

    /**
     * One answer that is stale or goes stale soon: its practice (id and question), its value for people ("not
     * applicable" for an N/A answer), the day it describes, how long it stays valid, the day it turns stale.
     */
    public record AnswerAge(String practice, String question, String value, LocalDate asOf, int validForDays,
                            LocalDate staleOn, Freshness freshness) {
    }

    /**
     * @param day the day of the assessment the answers were stored with: an answer without a day of its own is as of it
     */
    public static AnswerStanding standing(Answers answers, PracticeCatalog catalog, LocalDate day) {
        int claimed = 0;
        int evidenced = 0;
        int confirmed = 0;
        int observed = 0;
        int disagreements = 0;
        List<LocalDate> staleOn = new ArrayList<>();
        for (Answer answer : answers.all()) {
            observed += answer.support() == Support.OBSERVED ? 1 : 0;
            var agreement = answer.details().agreement();
            disagreements += agreement != null && agreement.disagrees() ? 1 : 0;
            claimed += answer.support() == Support.CLAIMED ? 1 : 0;
            evidenced += answer.support() == Support.EVIDENCED ? 1 : 0;
            confirmed += answer.support() == Support.CONFIRMED ? 1 : 0;
            LocalDate stale = staleOn(answer, catalog, day);
            if (stale != null) {
                staleOn.add(stale);
            }
        }
        return new AnswerStanding(claimed, evidenced, confirmed, staleOn, observed, disagreements);
    }

    /**
     * The answers stale on {@code today} or turning stale within {@code soonDays} of it, the soonest first.
     *
     * @param day the day of the assessment they were stored with
     */
    public static List<AnswerAge> ages(Answers answers, PracticeCatalog catalog, LocalDate day, LocalDate today,
                                       int soonDays) {
        List<AnswerAge> ages = new ArrayList<>();
        for (Answer answer : answers.all()) {
            LocalDate staleOn = staleOn(answer, catalog, day);
            if (staleOn == null || staleOn.isAfter(today.plusDays(soonDays))) {
                continue;
            }
            Practice practice = catalog.find(answer.practice()).orElseThrow();
            ages.add(new AnswerAge(answer.practice(), practice.question(), answer.shown(), asOf(answer, day),
                    practice.validForDays(), staleOn, staleOn.isAfter(today) ? Freshness.SOON : Freshness.STALE));
        }
        ages.sort(Comparator.comparing(AnswerAge::staleOn).thenComparing(AnswerAge::practice));
        return ages;
    }

    /** The first day the answer is stale, or null when its practice's answers stay valid forever. */
    static LocalDate staleOn(Answer answer, PracticeCatalog catalog, LocalDate day) {
        Integer validFor = catalog.find(answer.practice()).map(Practice::validForDays).orElse(null);
        LocalDate asOf = asOf(answer, day);
        return validFor == null || asOf == null ? null : asOf.plusDays(validFor + 1L);
    }

    private static LocalDate asOf(Answer answer, LocalDate day) {
        return answer.details().asOf() != null ? answer.details().asOf() : day;
    }
}
