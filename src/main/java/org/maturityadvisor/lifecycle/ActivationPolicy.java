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
        return stale(candidate).or(() -> gate("publish", candidate, request));
    }

    /** What publishing this version would take from a caller who is (or is not) an admin: the same checks. */
    static Offer.Choice publishChoice(Candidate candidate, boolean admin) {
        Optional<RuleSetLifecycle.Refused> stale = stale(candidate);
        if (stale.isPresent()) {
            boolean rebasable = candidate.report() != null && candidate.report().baseVersion() != null;
            return new Offer.Choice(rebasable ? Offer.Way.REBASE : Offer.Way.REFUSED, stale.get().getMessage());
        }
        return gateChoice("publish", candidate, admin);
    }

    /** What rolling back to this earlier version would take from a caller who is (or is not) an admin. */
    static Offer.Choice rollbackChoice(Candidate earlier, boolean admin) {
        return gateChoice("roll back to", earlier, admin);
    }

    /** Plain when the gate lets it through, forced when only an admin's force with a reason does, else refused. */
    private static Offer.Choice gateChoice(String action, Candidate candidate, boolean admin) {
        Optional<RuleSetLifecycle.Refused> plain = gate(action, candidate, new Request(null, admin, false, null));
        if (plain.isEmpty()) {
            return Offer.Choice.PLAIN;
        }
        boolean forcible = gate(action, candidate, new Request(null, admin, true, "forced")).isEmpty();
        return new Offer.Choice(forcible ? Offer.Way.FORCE : Offer.Way.REFUSED, plain.get().getMessage());
    }

    /** A draft must have been built on the version active now (or be the active version itself). */
    private static Optional<RuleSetLifecycle.Refused> stale(Candidate candidate) {
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
        return Optional.empty();
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
                + (candidate.report().valid() ? failing(candidate.report().gate().failures().size())
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

    /** "1 scenario fails", "2 scenarios fail". */
    static String failing(int scenarios) {
        return scenarios == 1 ? "1 scenario fails" : scenarios + " scenarios fail";
    }
}
