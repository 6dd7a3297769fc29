package org.maturityadvisor.cli;

import java.util.List;

import org.maturityadvisor.json.WireJson;
import org.maturityadvisor.lifecycle.DraftReport;
import org.maturityadvisor.lifecycle.DraftReportText;
import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.VersionOrigin;
import org.maturityadvisor.store.VersionState;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The rule-set answers of the service as a person reads them in a terminal: one row per version or audit entry. */
final class RulesetsText {

    private static final JsonMapper MAPPER = WireJson.with(JsonMapper.builder())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    record Version(long seq, String id, String createdAt, String author, String comment, VersionOrigin origin,
                   VersionState state, boolean active) {
    }

    record Versions(String active, List<Version> items, String next) {
    }

    record Entry(long seq, String at, String actor, AuditAction action, String ruleset, String reason, String details) {
    }

    record Entries(List<Entry> items, String next) {
    }

    private RulesetsText() {
    }

    static String versions(String json) {
        Versions versions = MAPPER.readValue(json, Versions.class);
        StringBuilder text = new StringBuilder(String.format("%-2s%5s  %-24s %-10s %-10s %-20s %s%n", "", "SEQ", "ID",
                "STATE", "AUTHOR", "CREATED", "COMMENT"));
        for (Version v : versions.items()) {
            text.append(String.format("%-2s%5d  %-24s %-10s %-10s %-20s %s%n", v.active() ? "*" : "", v.seq(), v.id(),
                    v.state().id(), v.author(), shortTime(v.createdAt()), v.comment() == null ? "" : v.comment()));
        }
        text.append(versions.items().size()).append(" version(s); * = active (").append(versions.active()).append(')');
        if (versions.next() != null) {
            text.append("; more: ").append(versions.next());
        }
        return text.toString();
    }

    static String audit(String json) {
        Entries entries = MAPPER.readValue(json, Entries.class);
        StringBuilder text = new StringBuilder(String.format("%5s  %-20s %-10s %-14s %-24s %s%n", "SEQ", "AT", "WHO",
                "ACTION", "VERSION", "REASON"));
        for (Entry e : entries.items()) {
            text.append(String.format("%5d  %-20s %-10s %-14s %-24s %s%n", e.seq(), shortTime(e.at()), e.actor(),
                    e.action().id(), e.ruleset() == null ? "" : e.ruleset(), e.reason() == null ? "" : e.reason()));
        }
        text.append(entries.items().size()).append(" entr").append(entries.items().size() == 1 ? "y" : "ies");
        if (entries.next() != null) {
            text.append("; more: ").append(entries.next());
        }
        return text.toString();
    }

    /** One version as a line: {@code version 3 (sha256:...), state published}. */
    static String version(String json) {
        Version v = MAPPER.readValue(json, Version.class);
        return "version " + v.seq() + " (" + v.id() + "), state " + v.state().id() + (v.active() ? ", active" : "");
    }

    /** A draft's report, as {@code rulesets report} prints it. */
    static String draft(String json) {
        return DraftReportText.render(MAPPER.readValue(json, DraftReport.class));
    }

    private static String shortTime(String iso) {
        return iso == null ? "" : iso.length() > 19 ? iso.substring(0, 19).replace('T', ' ') : iso;
    }
}
