package org.maturityadvisor.store;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one stored assessment's answers rest on, kept beside it so that the portfolio counts without reading inputs:
 * how many are bare claims, evidenced but not confirmed, confirmed; and the day each answer with a "valid for" turns
 * stale (sorted), so that "stale today" is a count of days up to today, whatever today is; and (V11) how many rest
 * on what the team's repository shows and how many disagree with it.
 */
public record AnswerStanding(int claimed, int evidenced, int confirmed, List<LocalDate> staleOn, int observed,
                             int disagreements) {

    public static final AnswerStanding NONE = new AnswerStanding(0, 0, 0, List.of());

    public AnswerStanding {
        staleOn = staleOn.stream().sorted().toList();
    }

    /** Answers compared with no scan: none observed, none disagreeing. */
    public AnswerStanding(int claimed, int evidenced, int confirmed, List<LocalDate> staleOn) {
        this(claimed, evidenced, confirmed, staleOn, 0, 0);
    }

    /** The first day any answer is stale; null when none ever is. */
    public LocalDate staleFrom() {
        return staleOn.isEmpty() ? null : staleOn.get(0);
    }

    /** How many answers are stale on {@code day}. */
    public int staleOn(LocalDate day) {
        return (int) staleOn.stream().filter(stale -> !stale.isAfter(day)).count();
    }

    /** The days as stored: ISO days separated by single spaces; null for none. */
    String days() {
        return staleOn.isEmpty() ? null : staleOn.stream().map(LocalDate::toString).collect(Collectors.joining(" "));
    }

    /** How many of the stored days (see {@link #days}) are on or before {@code day}. */
    public static int staleOn(String days, LocalDate day) {
        if (days == null || days.isEmpty()) {
            return 0;
        }
        return (int) Arrays.stream(days.split(" ")).map(LocalDate::parse).filter(stale -> !stale.isAfter(day)).count();
    }
}
