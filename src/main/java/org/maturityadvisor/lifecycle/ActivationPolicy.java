package org.maturityadvisor.lifecycle;

import java.util.Optional;

import org.maturityadvisor.input.StrictText;

/**
 * Whether a version may become active, by publish or by rollback alike: a version whose scenario gate failed becomes
 * active only when an admin forces it with a reason, and a draft must have been built on the version active now, or
 * a publish would silently revert whatever was published since. Pure: it decides, the lifecycle acts.
 */
final class ActivationPolicy {

    /** What the caller asks for and who they are. */
    record Request(String actor, boolean admin, boolean force, String reason) {

        String why() {
            return reason == null ? "" : StrictText.normalized(reason.strip());
        }
    }

    /** What is known of the version to activate: its draft report (null for a deployed one) and the active version. */
    record Candidate(long seq, String hash, DraftReport report, String active) {

        boolean gateOpen() {
            return report == null || report.valid() && report.gate() != null && report.gate().open();
        }
    }

    private ActivationPolicy() {
    }

    /** Publishing a checked draft: it must be built on the active version, and its gate open or forced. */
    static Optional<RuleSetLifecycle.Refused> publish(Candidate candidate, Request request) {
        DraftReport report = candidate.report();
        if (report != null && report.baseVersion() != null && !report.baseVersion().equals(candidate.active())
                && !candidate.hash().equals(candidate.active())) {
            return Optional.of(new RuleSetLifecycle.Refused(RuleSetLifecycle.Refused.Kind.CONFLICT, "version "
                    + candidate.seq() + " was drafted on " + report.baseVersion() + ", but " + candidate.active()
                    + " is active now: publishing it would undo what was published since. Publish with rebase "
                    + "to apply the same uploaded files to " + candidate.active() + " (checked and gated again), "
                    + "or upload the draft again"));
        }
        if (report != null && report.baseVersion() == null) {
            return Optional.of(new RuleSetLifecycle.Refused(RuleSetLifecycle.Refused.Kind.CONFLICT, "version "
                    + candidate.seq() + " does not record the version it was drafted on; publish with rebase "
                    + "to apply its files to " + candidate.active() + ", or upload the draft again"));
        }
        return gate("publish", candidate, request);
    }

    /** Rolling back to an earlier version: the same gate as a publish. */
    static Optional<RuleSetLifecycle.Refused> rollback(Candidate earlier, Request request) {
        return gate("roll back to", earlier, request);
    }

    private static Optional<RuleSetLifecycle.Refused> gate(String action, Candidate candidate, Request request) {
        if (candidate.gateOpen()) {
            return Optional.empty();
        }
        String closed = "the scenario gate is closed for version " + candidate.seq() + " ("
                + (candidate.report().valid() ? candidate.report().gate().failures().size() + " scenario(s) fail"
                : "it is not valid") + ")";
        if (!request.force()) {
            return Optional.of(new RuleSetLifecycle.Refused(RuleSetLifecycle.Refused.Kind.CONFLICT, closed
                    + "; an admin may force it with a reason"));
        }
        if (!request.admin()) {
            return Optional.of(new RuleSetLifecycle.Refused(RuleSetLifecycle.Refused.Kind.FORBIDDEN, "requires role "
                    + "admin to force a " + action.replace(" to", "") + " past a closed scenario gate (" + closed
                    + ")"));
        }
        if (request.why().isEmpty()) {
            return Optional.of(new RuleSetLifecycle.Refused(RuleSetLifecycle.Refused.Kind.INVALID, "a forced "
                    + action.replace(" to", "") + " needs a reason, kept in the audit log"));
        }
        return Optional.empty();
    }
}
