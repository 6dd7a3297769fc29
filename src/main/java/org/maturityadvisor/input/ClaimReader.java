package org.maturityadvisor.input;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maturityadvisor.catalog.AnswerDetails;
import org.maturityadvisor.catalog.Claim;
import org.maturityadvisor.catalog.Closest;
import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.InputError;

import tools.jackson.databind.JsonNode;

/**
 * Reads one answer in its rich form ({@code {"value": ..., "asOf": ..., "evidence": [...]}} or
 * {@code {"notApplicable": true, "reason": ...}}) into a {@link Claim}, reporting every problem with its field. A link
 * must be http or https and is never fetched; notes and reasons are plain text, held to the limits.
 */
final class ClaimReader {

    private static final Set<String> FIELDS = Set.of("value", "asOf", "evidence", "notApplicable", "reason");
    private static final Set<String> ITEM_FIELDS = Set.of("link", "note", "recordedBy", "recordedAt", "confirmedBy",
            "confirmedAt");
    private static final int NAME = 200;

    private final EvidenceLimits limits;
    private final LocalDate day;
    private final List<InputError> errors;

    ClaimReader(InputOptions options, List<InputError> errors) {
        this.limits = options.limits();
        this.day = options.day();
        this.errors = errors;
    }

    /** The claim, or empty when it has errors (they are added to the list). */
    Optional<Claim> read(String field, JsonNode node) {
        int before = errors.size();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!FIELDS.contains(entry.getKey())) {
                error(field + "." + entry.getKey(), "unknown field; an answer's fields are value, asOf, evidence, "
                        + "notApplicable and reason" + Closest.suggestion(entry.getKey(), FIELDS));
            }
        }
        boolean notApplicable = notApplicable(field, node.get("notApplicable"));
        String reason = reason(field, node.get("reason"), notApplicable);
        Serializable value = null;
        JsonNode raw = node.get("value");
        if (notApplicable && raw != null && !raw.isNull()) {
            error(field + ".value", "an answer marked not applicable has no value; leave value out");
        } else if (!notApplicable) {
            if (raw == null || raw.isNull()) {
                error(field + ".value", "missing; give the answer's value, or \"notApplicable\": true with a reason");
            } else {
                value = TeamInputReader.scalar(raw);
            }
        }
        LocalDate asOf = asOf(field + ".asOf", node.get("asOf"));
        List<EvidenceItem> evidence = evidence(field + ".evidence", node.get("evidence"));
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Claim(value, notApplicable, new AnswerDetails(asOf, evidence, reason)));
    }

    private boolean notApplicable(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return false;
        }
        if (!node.isBoolean()) {
            error(field + ".notApplicable", "expected true or false, got " + Echo.of(node.toString()));
            return false;
        }
        return node.booleanValue();
    }

    private String reason(String field, JsonNode node, boolean notApplicable) {
        int before = errors.size();
        String reason = text(field + ".reason", node, limits.maxReasonLength(), "max-reason-length", true);
        if (errors.size() > before) {
            return null;
        }
        if (notApplicable && (reason == null || reason.isBlank())) {
            error(field + ".reason", "a practice marked not applicable needs a reason (why it does not apply to "
                    + "the team)");
        } else if (!notApplicable && reason != null) {
            error(field + ".reason", "a reason is only given with \"notApplicable\": true");
        }
        return reason == null ? null : reason.strip();
    }

    private LocalDate asOf(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            error(field, "expected a date as yyyy-MM-dd, got " + Echo.of(node.toString()));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(node.stringValue().strip());
            if (day != null && date.isAfter(day)) {
                error(field, "the answer's date " + date + " is after the assessment's day " + day);
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(field, "expected a date as yyyy-MM-dd, got " + Echo.quoted(node.stringValue()));
            return null;
        }
    }

    private List<EvidenceItem> evidence(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            error(field, "expected an array of evidence items ({\"link\": ..., \"note\": ...})");
            return List.of();
        }
        if (node.size() > limits.maxItems()) {
            error(field, "at most " + limits.maxItems() + " evidence items per answer (setting "
                    + "maturity.evidence.max-items), got " + node.size());
            return List.of();
        }
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            item(field + "[" + i + "]", node.get(i)).ifPresent(items::add);
        }
        return items;
    }

    private Optional<EvidenceItem> item(String field, JsonNode node) {
        if (!node.isObject()) {
            error(field, "expected an object with a link, a note or both");
            return Optional.empty();
        }
        int before = errors.size();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            if (!ITEM_FIELDS.contains(entry.getKey())) {
                error(field + "." + entry.getKey(), "unknown field; an evidence item's fields are link, note, "
                        + "recordedBy, recordedAt, confirmedBy and confirmedAt"
                        + Closest.suggestion(entry.getKey(), ITEM_FIELDS));
            }
        }
        String link = link(field + ".link", node.get("link"));
        String note = text(field + ".note", node.get("note"), limits.maxNoteLength(), "max-note-length", true);
        if (link == null && (note == null || note.isBlank()) && errors.size() == before) {
            error(field, "an evidence item needs a link, a note or both");
        }
        String recordedBy = text(field + ".recordedBy", node.get("recordedBy"), NAME, null, false);
        Instant recordedAt = instant(field + ".recordedAt", node.get("recordedAt"));
        String confirmedBy = text(field + ".confirmedBy", node.get("confirmedBy"), NAME, null, false);
        Instant confirmedAt = instant(field + ".confirmedAt", node.get("confirmedAt"));
        if (confirmedBy != null && confirmedBy.equals(recordedBy)) {
            error(field + ".confirmedBy", "the person who recorded the evidence cannot confirm it; a second "
                    + "person must");
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new EvidenceItem(link, note == null || note.isBlank() ? null : note.strip(),
                blankToNull(recordedBy), recordedAt, blankToNull(confirmedBy), confirmedAt));
    }

    private String link(String field, JsonNode node) {
        String text = text(field, node, limits.maxLinkLength(), "max-link-length", false);
        if (text == null || text.isBlank()) {
            return null;
        }
        String link = text.strip();
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null
                    || uri.getRawUserInfo() != null) {
                error(field, "only http and https links to a host (without a user name or password) are "
                        + "kept, got " + Echo.quoted(link));
                return null;
            }
        } catch (URISyntaxException e) {
            error(field, "not a valid link: " + e.getReason() + ", got " + Echo.quoted(link));
            return null;
        }
        return link;
    }

    private String text(String field, JsonNode node, int max, String setting, boolean severalLines) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            error(field, "expected text, got " + Echo.of(node.toString()));
            return null;
        }
        String text = StrictText.normalized(node.stringValue());
        if (text.length() > max) {
            error(field, "at most " + max + " characters" + (setting == null ? "" : " (setting maturity.evidence."
                    + setting + ")") + ", got " + text.length());
            return null;
        }
        Optional<String> refusal = StrictText.refusal(text, severalLines ? StrictText.Field.TEXT
                : StrictText.Field.NAME);
        if (refusal.isPresent()) {
            error(field, refusal.get());
            return null;
        }
        return text;
    }

    private Instant instant(String field, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return Instant.parse(node.isString() ? node.stringValue().strip() : "");
        } catch (DateTimeParseException e) {
            error(field, "expected a time as 2026-11-02T10:00:00Z, got " + Echo.of(node.toString()));
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void error(String field, String message) {
        errors.add(new InputError(field, message));
    }
}
