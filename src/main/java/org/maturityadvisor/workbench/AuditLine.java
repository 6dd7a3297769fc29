package org.maturityadvisor.workbench;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.AuditEntry;

/**
 * One audit entry as a sentence for people: who did what to which version, the versions it mentions linked to their
 * pages ("#3"), and its details in words. Entries written before details were sentences (a finding's record text,
 * {@code gate: 66/66}) are read back into words too; the API keeps the stored fields as they are.
 */
public record AuditLine(OffsetDateTime at, String actor, String what, List<Part> sentence, String reason) {

    /** A piece of the sentence: text, or a version named by its number and linked to its page. */
    public record Part(String text, String href) {
        static Part text(String text) {
            return new Part(text, null);
        }
    }

    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{8,64}");
    private static final Pattern GATE = Pattern.compile("^gate: (\\d+)/(\\d+)$");
    /** What a release before issue 23 stored: a Finding record's toString. */
    private static final Pattern FINDING = Pattern.compile("Finding\\[kind=[^,]*, file=([^,]*), sheet=([^,]*), "
            + "row=([^,]*), column=[^,]*, cell=([^,]*), severity=[^,]*, message=(.*)]$");

    /** @param seqs the number of each stored version the entries mention, by hash */
    static AuditLine of(AuditEntry entry, Function<String, Long> seqs) {
        List<Part> parts = new ArrayList<>();
        String version = entry.ruleset();
        switch (entry.action()) {
            case DRAFT -> words(parts, seqs, "checked the draft ", version, "");
            case DRAFT_REJECTED -> words(parts, seqs, "uploaded a draft that was refused and not kept (", version,
                    ")");
            case PUBLISH -> words(parts, seqs, "published ", version, "");
            case PUBLISH_FORCED -> words(parts, seqs, "forced ", version, " active past its failing scenarios");
            case ROLLBACK -> words(parts, seqs, "rolled back to ", version, "");
            case ROLLBACK_FORCED -> words(parts, seqs, "forced a roll back to ", version,
                    " past its failing scenarios");
            case START -> words(parts, seqs, "started the service on ", version, " from the rules directory");
            case DEPLOY -> words(parts, seqs, "deployed ", version, " from the rules directory");
            case LOAD_REFUSED -> words(parts, seqs, "refused to load ", version, "");
            default -> parts.add(Part.text(ACTIONS.getOrDefault(entry.action(), entry.action().id().replace('-', ' '))));
        }
        String details = details(entry.details());
        if (!details.isEmpty()) {
            parts.add(Part.text(": "));
            linked(parts, seqs, details);
        }
        if (!details.endsWith("?") && !details.endsWith(".")) {
            parts.add(Part.text("."));
        }
        parts.set(0, Part.text(capitalised(parts.get(0).text())));
        return new AuditLine(entry.at(), entry.actor(), WHAT.getOrDefault(entry.action(),
                entry.action().id().replace('-', ' ')), List.copyOf(parts), entry.reason());
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void words(List<Part> parts, Function<String, Long> seqs, String before, String version,
                              String after) {
        parts.add(Part.text(before));
        if (version == null) {
            parts.add(Part.text("a version"));
        } else {
            linked(parts, seqs, version);
        }
        if (!after.isEmpty()) {
            parts.add(Part.text(after));
        }
    }

    /** The text with each version hash it names replaced by a link to that version ("#3"), when it is stored. */
    private static void linked(List<Part> parts, Function<String, Long> seqs, String text) {
        Matcher hash = HASH.matcher(text);
        int from = 0;
        while (hash.find()) {
            if (hash.start() > from) {
                parts.add(Part.text(text.substring(from, hash.start())));
            }
            Long seq = seqs.apply(hash.group());
            parts.add(seq == null ? Part.text("version " + hash.group())
                    : new Part("version #" + seq, "/rulesets/" + seq));
            from = hash.end();
        }
        if (from < text.length()) {
            parts.add(Part.text(text.substring(from)));
        }
    }

    /** Details in words: a stored record's text or a gate count, as a sentence; "" for none. */
    static String details(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        Matcher gate = GATE.matcher(stored.strip());
        if (gate.matches()) {
            return gate.group(1) + " of " + gate.group(2) + " scenarios passed";
        }
        int at = stored.indexOf("Finding[");
        if (at >= 0) {
            Matcher finding = FINDING.matcher(stored.substring(at));
            if (finding.matches()) {
                String head = stored.substring(0, at).replace("problem(s), first: ", "problem(s); the first: ");
                return plurals(head) + where(finding) + ": " + finding.group(5);
            }
        }
        return plurals(stored);
    }

    private static final Pattern COUNTED = Pattern.compile("\\b(\\d+) (problem|scenario)\\(s\\)");

    /** "1 problem(s)" as an earlier release wrote it: "1 problem", "2 problems". */
    private static String plurals(String text) {
        return COUNTED.matcher(text).replaceAll(match -> match.group(1) + " " + match.group(2)
                + (match.group(1).equals("1") ? "" : "s"));
    }

    private static String where(Matcher finding) {
        String file = finding.group(1);
        String sheet = finding.group(2);
        String cell = finding.group(4);
        String row = finding.group(3);
        StringBuilder where = new StringBuilder(file);
        if (!"null".equals(sheet)) {
            where.append(", sheet \"").append(sheet).append('"');
        }
        if (!"null".equals(cell)) {
            where.append(", cell ").append(cell);
        } else if (!"null".equals(row)) {
            where.append(", row ").append(row);
        }
        return where.toString();
    }

    /** What happened, in a few words, for the table's "What" column. */
    private static final Map<AuditAction, String> WHAT = Map.ofEntries(
            Map.entry(AuditAction.DRAFT, "draft checked"), Map.entry(AuditAction.DRAFT_REJECTED, "draft refused"),
            Map.entry(AuditAction.PUBLISH, "published"), Map.entry(AuditAction.PUBLISH_FORCED, "published by force"),
            Map.entry(AuditAction.ROLLBACK, "rolled back"),
            Map.entry(AuditAction.ROLLBACK_FORCED, "rolled back by force"),
            Map.entry(AuditAction.START, "service started"), Map.entry(AuditAction.DEPLOY, "deployed"),
            Map.entry(AuditAction.LOAD_REFUSED, "load refused"), Map.entry(AuditAction.USER_CREATED, "user created"),
            Map.entry(AuditAction.USER_CHANGED, "user changed"), Map.entry(AuditAction.USER_DELETED, "user deleted"),
            Map.entry(AuditAction.PASSWORD_CHANGED, "password changed"),
            Map.entry(AuditAction.SIGN_IN_REFUSED, "sign-in refused"),
            Map.entry(AuditAction.SIGN_IN_FAILED, "sign-in failed"), Map.entry(AuditAction.USER_LOCKED, "user locked"),
            Map.entry(AuditAction.SESSION_ENDED, "session ended"), Map.entry(AuditAction.TOKEN_CREATED, "token created"),
            Map.entry(AuditAction.TOKEN_REVOKED, "token revoked"),
            Map.entry(AuditAction.EVIDENCE_CONFIRMED, "evidence confirmed"),
            // issue 27: the groups, and a team registered (in its group)
            Map.entry(AuditAction.GROUP_CREATED, "group created"), Map.entry(AuditAction.GROUP_RENAMED, "group renamed"),
            Map.entry(AuditAction.GROUP_MOVED, "group moved"), Map.entry(AuditAction.GROUP_DELETED, "group deleted"),
            Map.entry(AuditAction.TEAM_CREATED, "team registered"),
            // issue 27: a team's life
            Map.entry(AuditAction.TEAM_RENAMED, "team renamed"), Map.entry(AuditAction.TEAM_MOVED, "team moved"),
            Map.entry(AuditAction.TEAM_ARCHIVED, "team archived"), Map.entry(AuditAction.TEAM_RESTORED, "team restored"),
            Map.entry(AuditAction.TEAM_DELETED, "team deleted"),
            Map.entry(AuditAction.ASSESSMENTS_PURGED, "old assessments removed"));

    /** The sentence's verb for the actions about users and sign-ins. */
    private static final Map<AuditAction, String> ACTIONS = Map.ofEntries(
            Map.entry(AuditAction.USER_CREATED, "created a user"), Map.entry(AuditAction.USER_CHANGED, "changed a user"),
            Map.entry(AuditAction.USER_DELETED, "deleted a user"),
            Map.entry(AuditAction.PASSWORD_CHANGED, "changed a password"),
            Map.entry(AuditAction.SIGN_IN_REFUSED, "was refused sign-in"),
            Map.entry(AuditAction.SIGN_IN_FAILED, "failed to sign in"),
            Map.entry(AuditAction.USER_LOCKED, "was locked out"), Map.entry(AuditAction.SESSION_ENDED, "signed out"),
            Map.entry(AuditAction.TOKEN_CREATED, "created an API token"),
            Map.entry(AuditAction.TOKEN_REVOKED, "revoked an API token"),
            Map.entry(AuditAction.EVIDENCE_CONFIRMED, "confirmed evidence"),
            Map.entry(AuditAction.GROUP_CREATED, "created a group"), Map.entry(AuditAction.GROUP_RENAMED,
                    "renamed a group"), Map.entry(AuditAction.GROUP_MOVED, "moved a group"),
            Map.entry(AuditAction.GROUP_DELETED, "deleted a group"),
            Map.entry(AuditAction.TEAM_CREATED, "registered a team"),
            // issue 27: a team's life
            Map.entry(AuditAction.TEAM_RENAMED, "renamed a team"), Map.entry(AuditAction.TEAM_MOVED, "moved a team"),
            Map.entry(AuditAction.TEAM_ARCHIVED, "archived a team"),
            Map.entry(AuditAction.TEAM_RESTORED, "restored a team"), Map.entry(AuditAction.TEAM_DELETED, "deleted a team"),
            Map.entry(AuditAction.ASSESSMENTS_PURGED, "removed old assessments (retention setting)"));
}
