package org.maturityadvisor.teams;

import java.time.LocalDate;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers written back in the rich input form ({@code {"value", "asOf", "evidence", ...}}), as a stored assessment
 * keeps them: the stored input shows exactly what each answer rested on, and reads back to the same answers.
 */
final class RichAnswers {

    private RichAnswers() {
    }

    /**
     * @param day   the assessment's day: a bare claim as of it is written in the plain form, which means just that
     * @param given the answers object as given; a plain answer written plain keeps its given form ({@code true})
     */
    static ObjectNode write(Answers answers, LocalDate day, JsonNode given, JsonMapper json) {
        ObjectNode written = json.createObjectNode();
        for (Answer answer : answers.all()) {
            JsonNode as = given == null ? null : given.get(answer.practice());
            if (plain(answer, day)) {
                written.set(answer.practice(), as != null && as.isValueNode() && !as.isNull() ? as
                        : json.getNodeFactory().stringNode(answer.value()));
            } else {
                written.set(answer.practice(), write(answer, json));
            }
        }
        return written;
    }

    /** The answers, each without a day of its own given {@code day}. */
    static Answers dated(Answers answers, LocalDate day) {
        Answers dated = Answers.none();
        for (Answer answer : answers.all()) {
            AnswerDetails details = answer.details();
            dated = dated.with(details.asOf() != null ? answer : new Answer(answer.practice(), answer.value(),
                    answer.rank(), answer.support(), answer.stale(), answer.notApplicable(), details.withAsOf(day)));
        }
        return dated;
    }

    /** A claim with no evidence as of the assessment's own day: what the plain form says. */
    static boolean plain(Answer answer, LocalDate day) {
        AnswerDetails details = answer.details();
        return !answer.notApplicable() && details.evidence().isEmpty()
                && (details.asOf() == null || details.asOf().equals(day));
    }

    static ObjectNode write(Answer answer, JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        AnswerDetails details = answer.details();
        if (answer.notApplicable()) {
            node.put("notApplicable", true);
            node.put("reason", details.notApplicableReason());
        } else {
            node.put("value", answer.value());
        }
        if (details.asOf() != null) {
            node.put("asOf", details.asOf().toString());
        }
        if (!details.evidence().isEmpty()) {
            ArrayNode items = node.putArray("evidence");
            details.evidence().forEach(item -> items.add(write(item, json)));
        }
        return node;
    }

    private static ObjectNode write(EvidenceItem item, JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        putIfSet(node, "link", item.link());
        putIfSet(node, "note", item.note());
        putIfSet(node, "recordedBy", item.recordedBy());
        putIfSet(node, "recordedAt", item.recordedAt() == null ? null : item.recordedAt().toString());
        putIfSet(node, "confirmedBy", item.confirmedBy());
        putIfSet(node, "confirmedAt", item.confirmedAt() == null ? null : item.confirmedAt().toString());
        return node;
    }

    private static void putIfSet(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
