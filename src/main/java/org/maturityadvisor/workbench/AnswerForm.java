package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What stands behind one answer of the questionnaire, as its form fields carry it: "not applicable" and its reason
 * ({@code a.<practice>=_na}, {@code na.<practice>}), the day the answer describes ({@code asof.<practice>},
 * yyyy-MM-dd) and its evidence items ({@code e.<practice>.<n>.link}, {@code .note}; a loaded item also carries who
 * recorded and confirmed it, {@code .recordedBy}, {@code .recordedAt}, {@code .confirmedBy}, {@code .confirmedAt}).
 * Every value is kept as typed, for the reader to check and name the field at fault.
 */
public record AnswerForm(boolean notApplicable, String reason, String asOf, List<Item> evidence) {

    /** The questionnaire's choice that marks a practice not applicable (never a practice's value: ids have no "_"). */
    static final String NOT_APPLICABLE = "_na";
    static final String REASON = "na.";
    static final String AS_OF = "asof.";
    static final String EVIDENCE = "e.";
    static final AnswerForm NONE = new AnswerForm(false, "", "", List.of());
    private static final List<String> KEYS = List.of("link", "note", "recordedBy", "recordedAt", "confirmedBy",
            "confirmedAt");

    /** One evidence item as typed; "" for a field not given. */
    public record Item(String link, String note, String recordedBy, String recordedAt, String confirmedBy,
                       String confirmedAt) {

        static final Item BLANK = new Item("", "", "", "", "", "");

        public Item {
            link = strip(link);
            note = strip(note);
            recordedBy = strip(recordedBy);
            recordedAt = strip(recordedAt);
            confirmedBy = strip(confirmedBy);
            confirmedAt = strip(confirmedAt);
        }

        boolean blank() {
            return link.isEmpty() && note.isEmpty();
        }

        /** Who recorded and confirmed it and when, by field key, as far as given: kept by a form sending it on. */
        public Map<String, String> records() {
            Map<String, String> records = new LinkedHashMap<>();
            List<String> values = values();
            for (int k = 2; k < KEYS.size(); k++) {
                if (!values.get(k).isEmpty()) {
                    records.put(KEYS.get(k), values.get(k));
                }
            }
            return records;
        }

        List<String> values() {
            return List.of(link, note, recordedBy, recordedAt, confirmedBy, confirmedAt);
        }
    }

    public AnswerForm {
        reason = strip(reason);
        asOf = strip(asOf);
        evidence = List.copyOf(evidence);
    }

    /** The details of every practice the form gives any for; {@code notApplicable}: those marked so. */
    static Map<String, AnswerForm> from(MultiValueMap<String, String> form, Set<String> notApplicable) {
        Map<String, Map<Integer, Map<String, String>>> items = new LinkedHashMap<>();
        Map<String, String> asOf = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
            if (name.startsWith(AS_OF) && !value.isEmpty()) {
                asOf.put(name.substring(AS_OF.length()), value);
            } else if (name.startsWith(EVIDENCE) && !value.isEmpty()) {
                item(name.substring(EVIDENCE.length()), value, items);
            }
        });
        Map<String, AnswerForm> details = new LinkedHashMap<>();
        java.util.LinkedHashSet<String> practices = new java.util.LinkedHashSet<>(notApplicable);
        practices.addAll(asOf.keySet());
        practices.addAll(items.keySet());
        for (String practice : practices) {
            List<Item> evidence = items.getOrDefault(practice, Map.of()).values().stream()
                    .map(fields -> new Item(fields.get("link"), fields.get("note"), fields.get("recordedBy"),
                            fields.get("recordedAt"), fields.get("confirmedBy"), fields.get("confirmedAt")))
                    .filter(item -> !item.blank()).toList();
            AnswerForm detail = new AnswerForm(notApplicable.contains(practice),
                    notApplicable.contains(practice) ? form.getFirst(REASON + practice) : "",
                    asOf.getOrDefault(practice, ""), evidence);
            if (!detail.isEmpty()) {
                details.put(practice, detail);
            }
        }
        return details;
    }

    /** {@code <practice>.<n>.<key>}: kept under its practice and item number; a name of another shape is ignored. */
    private static void item(String name, String value, Map<String, Map<Integer, Map<String, String>>> items) {
        int keyAt = name.lastIndexOf('.');
        int numberAt = keyAt < 0 ? -1 : name.lastIndexOf('.', keyAt - 1);
        if (numberAt <= 0 || !KEYS.contains(name.substring(keyAt + 1))) {
            return;
        }
        try {
            int number = Integer.parseInt(name.substring(numberAt + 1, keyAt));
            items.computeIfAbsent(name.substring(0, numberAt), p -> new TreeMap<>())
                    .computeIfAbsent(number, n -> new LinkedHashMap<>()).put(name.substring(keyAt + 1), value);
        } catch (NumberFormatException e) {
            // not an item field: left out, as any field the form does not know
        }
    }

    /** A rich answer of a stored input ({@code value}, {@code notApplicable}, {@code reason}, asOf, evidence). */
    static AnswerForm of(JsonNode rich) {
        List<Item> evidence = new ArrayList<>();
        rich.path("evidence").forEach(item -> evidence.add(new Item(text(item, "link"), text(item, "note"),
                text(item, "recordedBy"), text(item, "recordedAt"), text(item, "confirmedBy"),
                text(item, "confirmedAt"))));
        return new AnswerForm(rich.path("notApplicable").asBoolean(false), text(rich, "reason"), text(rich, "asOf"),
                evidence);
    }

    /** Nothing but a value. */
    boolean isEmpty() {
        return !notApplicable && asOf.isEmpty() && evidence.isEmpty();
    }

    /** The item slots the questionnaire shows: every item, then blank ones, at least two in all. */
    public List<Item> slots() {
        List<Item> slots = new ArrayList<>(evidence);
        do {
            slots.add(Item.BLANK);
        } while (slots.size() < 2);
        return slots;
    }

    /** The form field name of item {@code index} (from 0) of a practice's evidence, for {@code key}. */
    public static String field(String practice, int index, String key) {
        return EVIDENCE + practice + "." + (index + 1) + "." + key;
    }

    /** Appends this answer's fields after its {@code a.} field: the reason, the day, the items numbered from 1. */
    void fields(String practice, List<ResultQuery.Field> fields) {
        if (notApplicable && !reason.isEmpty()) {
            fields.add(new ResultQuery.Field(REASON + practice, reason));
        }
        if (!asOf.isEmpty()) {
            fields.add(new ResultQuery.Field(AS_OF + practice, asOf));
        }
        for (int i = 0; i < evidence.size(); i++) {
            List<String> values = evidence.get(i).values();
            for (int k = 0; k < KEYS.size(); k++) {
                if (!values.get(k).isEmpty()) {
                    fields.add(new ResultQuery.Field(field(practice, i, KEYS.get(k)), values.get(k)));
                }
            }
        }
    }

    /** The rich answer: {@code value} (or notApplicable and reason), asOf and the evidence items. */
    ObjectNode toJson(JsonMapper json, String value, boolean withRecords) {
        ObjectNode node = json.createObjectNode();
        if (notApplicable) {
            node.put("notApplicable", true);
            node.put("reason", reason); // blank: refused by the reader, with the field named
        } else if (value != null) {
            node.put("value", value);
        }
        if (!asOf.isEmpty()) {
            node.put("asOf", asOf);
        }
        if (!evidence.isEmpty()) {
            ArrayNode items = node.putArray("evidence");
            for (Item item : evidence) {
                ObjectNode itemNode = items.addObject();
                List<String> values = item.values();
                for (int k = 0; k < (withRecords ? KEYS.size() : 2); k++) {
                    if (!values.get(k).isEmpty()) {
                        itemNode.put(KEYS.get(k), values.get(k));
                    }
                }
            }
        }
        return node;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
