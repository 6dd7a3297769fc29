package org.maturityadvisor.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maturityadvisor.catalog.Practice;

/**
 * The age and state of an answer loaded into the questionnaire, in words: "as of 2026-03-02, 280 days ago; stale
 * after 180 days", "evidence recorded by ana, confirmed by ben". Judged as of {@code today}, the day the result will
 * be assessed on.
 */
final class AnswerAge {

    private AnswerAge() {
    }

    /** The words for one practice's answer, or "" when it has nothing but its value. */
    static String words(AnswerForm form, Practice practice, LocalDate today) {
        List<String> parts = new ArrayList<>();
        age(form.asOf(), practice.validForDays(), today, parts);
        if (!form.evidence().isEmpty()) {
            parts.add(evidence(form.evidence()));
        }
        return String.join("; ", parts);
    }

    private static void age(String asOf, Integer validFor, LocalDate today, List<String> parts) {
        if (asOf.isEmpty()) {
            return;
        }
        try {
            LocalDate day = LocalDate.parse(asOf);
            long days = ChronoUnit.DAYS.between(day, today);
            parts.add("as of " + day + ", " + (days == 0 ? "today" : days > 0
                    ? Words.count((int) days, "day", "days") + " ago" : "in the future"));
            if (validFor != null) {
                parts.add((days > validFor ? "stale: older than " : "stale after ")
                        + Words.count(validFor, "day", "days"));
            }
        } catch (DateTimeParseException e) {
            parts.add("as of " + asOf + " (not a date)");
        }
    }

    private static String evidence(List<AnswerForm.Item> items) {
        Set<String> recorders = new LinkedHashSet<>();
        Set<String> confirmers = new LinkedHashSet<>();
        for (AnswerForm.Item item : items) {
            if (!item.recordedBy().isEmpty()) {
                recorders.add(item.recordedBy());
            }
            if (!item.confirmedBy().isEmpty()) {
                confirmers.add(item.confirmedBy());
            }
        }
        String text = Words.count(items.size(), "piece of evidence", "pieces of evidence")
                + (recorders.isEmpty() ? "" : " recorded by " + String.join(", ", recorders));
        return text + (confirmers.isEmpty() ? ", not confirmed" : ", confirmed by " + String.join(", ", confirmers));
    }
}
