package org.maturityadvisor.teams;

import org.maturityadvisor.catalog.Answer;
import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Answers;
import org.maturityadvisor.catalog.EvidenceItem;

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

    static ObjectNode write(Answers answers, JsonMapper json) {
        ObjectNode written = json.createObjectNode();
        for (Answer answer : answers.all()) {
            written.set(answer.practice(), write(answer, json));
        }
        return written;
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
