package org.maturityadvisor.security;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.maturityadvisor.store.AuditAction;
import org.maturityadvisor.store.RuleSetStore;
import org.springframework.stereotype.Component;

/** Sign-in failures and changes to users and tokens, in the same audit log as the changes to the rules. */
@Component
class SecurityAudit {

    private final RuleSetStore log;
    private final Clock clock;

    SecurityAudit(RuleSetStore log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    void record(String actor, AuditAction action, String reason, String details) {
        log.audit(clip(actor), action, null, reason, details, now());
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String clip(String actor) {
        return actor.length() <= 200 ? actor : actor.substring(0, 200);
    }
}
