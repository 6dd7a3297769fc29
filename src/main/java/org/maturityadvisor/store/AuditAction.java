package org.maturityadvisor.store;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maturityadvisor.wire.WireId;

/**
 * What an audit entry (or an activation) records, with the stable id stored in the database and shown in the API
 * and the workbench. Add a value, never rename an id: stored rows keep theirs.
 */
public enum AuditAction implements WireId {
    DRAFT("draft"),
    DRAFT_REJECTED("draft-rejected"),
    PUBLISH("publish"),
    PUBLISH_FORCED("publish-forced"),
    ROLLBACK("rollback"),
    ROLLBACK_FORCED("rollback-forced"),
    /** The service started on a rules directory no replica had published yet. */
    START("start"),
    /** The service started on a rules directory that differs from the active version (a new deployment). */
    DEPLOY("deploy"),
    LOAD_REFUSED("load-refused"),
    USER_CREATED("user-created"),
    USER_CHANGED("user-changed"),
    USER_DELETED("user-deleted"),
    PASSWORD_CHANGED("password-changed"),
    SIGN_IN_REFUSED("sign-in-refused"),
    SIGN_IN_FAILED("sign-in-failed"),
    USER_LOCKED("user-locked"),
    SESSION_ENDED("session-ended"),
    TOKEN_CREATED("token-created"),
    TOKEN_REVOKED("token-revoked"),
    /** A second person confirmed the evidence behind a team's answers (four eyes). */
    EVIDENCE_CONFIRMED("evidence-confirmed"),
    /** A scan of a team's repository was stored (pushed by its pipeline or uploaded) and the team assessed on it. */
    OBSERVATIONS_RECORDED("observations-recorded"),
    // issue 27: the organisation and the teams' life cycle
    GROUP_CREATED("group-created"),
    GROUP_RENAMED("group-renamed"),
    GROUP_MOVED("group-moved"),
    GROUP_DELETED("group-deleted"),
    TEAM_CREATED("team-created"),
    TEAM_RENAMED("team-renamed"),
    TEAM_MOVED("team-moved"),
    TEAM_ARCHIVED("team-archived"),
    TEAM_RESTORED("team-restored"),
    TEAM_DELETED("team-deleted"),
    /** Assessments older than the retention setting removed (each team's newest kept). */
    ASSESSMENTS_PURGED("assessments-purged"),
    GRANT_ADDED("grant-added"),
    GRANT_REMOVED("grant-removed"),
    /** A user ended all their sessions (or an admin ended them). */
    SESSIONS_ENDED("sessions-ended");

    private static final Map<String, AuditAction> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::id, Function.identity()));

    private final String id;

    AuditAction(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /** The action a stored row names; a row naming none is a fault of the data, not a default. */
    static AuditAction stored(String id) {
        AuditAction action = BY_ID.get(id);
        if (action == null) {
            throw new IllegalStateException("the audit log holds an action no release wrote: " + id);
        }
        return action;
    }
}
