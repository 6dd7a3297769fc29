package org.maturityadvisor.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;

/**
 * The words a page shows for the ids of the active rules: a practice by its question, a criterion by its text, a model
 * by its name. An id the rules do not know (a plan kept under older rules) is shown as it is rather than hidden.
 */
final class Names {

    private final Map<String, String> practices = new HashMap<>();
    private final Map<String, String> criteria = new HashMap<>();
    private final Map<String, MaturityModel> models = new HashMap<>();

    private Names(Advisor advisor) {
        for (Practice practice : advisor.catalog().practices()) {
            practices.put(practice.id(), practice.question());
        }
        for (MaturityModel model : advisor.models()) {
            models.put(model.id(), model);
            for (Criterion criterion : model.criteria()) {
                criteria.put(key(model.id(), criterion.id()), criterion.text());
                criteria.putIfAbsent(criterion.id(), criterion.text());
            }
        }
    }

    static Names of(Advisor advisor) {
        return new Names(advisor);
    }

    /** The practice's question, e.g. "How are models released?". */
    public String practice(String id) {
        return practices.getOrDefault(id, id);
    }

    /** The criterion's text in its model. */
    public String criterion(String model, String id) {
        return criteria.getOrDefault(key(model, id), criteria.getOrDefault(id, id));
    }

    /** The criterion's text, whichever model it belongs to. */
    public String criterion(String id) {
        return criteria.getOrDefault(id, id);
    }

    public String model(String id) {
        MaturityModel model = models.get(id);
        return model == null ? id : model.name();
    }

    /** A level of a model as a person reads it: "level 2, Managed". */
    public String level(String model, int number) {
        MaturityModel found = models.get(model);
        return found == null ? "level " + number : found.levels().stream().filter(l -> l.number() == number)
                .findFirst().map(l -> "level " + number + ", " + l.name()).orElse("level " + number);
    }

    /** An answer as shown: its value, or "unanswered". */
    public String value(String value) {
        return value == null || value.isEmpty() ? "unanswered" : value;
    }

    /** "1 change", "2 changes". */
    public String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The texts of criteria of one model, joined for a cell. */
    public List<String> criteria(String model, List<String> ids) {
        return ids.stream().map(id -> criterion(model, id)).toList();
    }

    private static String key(String model, String criterion) {
        return model + "\u0000" + criterion;
    }
}
