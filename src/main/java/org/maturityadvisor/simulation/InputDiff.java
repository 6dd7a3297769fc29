package org.maturityadvisor.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.Answers;

/**
 * What changed in what a team said between two assessments: each answer (by practice, as the catalog reads it; null
 * is unanswered, "not applicable" a practice the team marked so) and each context field, with its own type (a count, a
 * yes/no, a declared field's value).
 */
public final class InputDiff {

    /** One field whose value differs; null means not answered. */
    public record Change<T>(String field, T before, T after) {
    }

    private InputDiff() {
    }

    /** Every practice answered differently, by practice id. */
    public static List<Change<String>> answers(Answers before, Answers after) {
        TreeSet<String> practices = new TreeSet<>();
        before.all().forEach(answer -> practices.add(answer.practice()));
        after.all().forEach(answer -> practices.add(answer.practice()));
        List<Change<String>> changes = new ArrayList<>();
        for (String practice : practices) {
            String was = before.get(practice).map(Answer::shown).orElse(null);
            String now = after.get(practice).map(Answer::shown).orElse(null);
            if (!Objects.equals(was, now)) {
                changes.add(new Change<>(practice, was, now));
            }
        }
        return changes;
    }

    /** Every context field that differs, in the order the questionnaire asks them. */
    public static List<Change<?>> context(TeamContext before, TeamContext after) {
        List<Change<?>> changes = new ArrayList<>();
        add(changes, "mlUseCases", before.mlUseCases(), after.mlUseCases());
        add(changes, "businessCritical", before.businessCritical(), after.businessCritical());
        add(changes, "inProduction", before.inProduction(), after.inProduction());
        TreeSet<String> declared = new TreeSet<>(before.declared().keySet());
        declared.addAll(after.declared().keySet());
        declared.forEach(name -> add(changes, name, before.declared().get(name), after.declared().get(name)));
        return changes;
    }

    private static <T> void add(List<Change<?>> changes, String field, T before, T after) {
        if (!Objects.equals(before, after)) {
            changes.add(new Change<>(field, before, after));
        }
    }
}
