package org.maturityadvisor.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.maturityadvisor.lifecycle.ActivationPolicy.Candidate;
import org.maturityadvisor.lifecycle.ActivationPolicy.Request;
import org.maturityadvisor.lifecycle.RuleSetLifecycle.Refused.Kind;
import org.maturityadvisor.scenario.ScenarioOutcome;

/**
 * Whether a version may become active, decided without Spring or a database: every refusal with its kind and reason,
 * and every case that is let through, for a publish and for a rollback.
 */
class ActivationPolicyTest {

    private static final String ACTIVE = "sha256:aaaaaaaaaaaaaaaa";
    private static final String OTHER = "sha256:bbbbbbbbbbbbbbbb";
    private static final String DRAFT = "sha256:cccccccccccccccc";

    private static final Request ANALYST = new Request("ana", false, false, null);
    private static final Request ANALYST_FORCING = new Request("ana", false, true, "hotfix");
    private static final Request ADMIN = new Request("root", true, false, null);
    private static final Request ADMIN_FORCING = new Request("root", true, true, "scenario is out of date");
    private static final Request ADMIN_FORCING_WITHOUT_REASON = new Request("root", true, true, null);
    private static final Request ADMIN_FORCING_WITH_BLANK_REASON = new Request("root", true, true, " \t ");

    /** What a publish decides: the base version first, then the gate. {@code null} kind: let through. */
    static Stream<Arguments> publishes() {
        return Stream.of(
                Arguments.of("an open gate on the active version", draft(ACTIVE, open()), ANALYST, null, null),
                Arguments.of("a deployed version, with no draft report", deployed(), ANALYST, null, null),
                Arguments.of("the active version itself, drafted on another", candidate(ACTIVE, withBase(open(), OTHER)),
                        ANALYST, null, null),
                Arguments.of("a draft built on a version no longer active", draft(OTHER, open()), ADMIN_FORCING,
                        Kind.CONFLICT, "was drafted on " + OTHER + ", but " + ACTIVE + " is active now"),
                Arguments.of("a draft that records no base version", draft(null, open()), ADMIN_FORCING,
                        Kind.CONFLICT, "does not record the version it was drafted on"),
                Arguments.of("a closed gate, not forced", draft(ACTIVE, closed(2)), ADMIN, Kind.CONFLICT,
                        "the scenario gate is closed for version 7 (2 scenarios fail); an admin may force it"),
                Arguments.of("an invalid draft, not forced", draft(ACTIVE, invalid()), ADMIN, Kind.CONFLICT,
                        "the scenario gate is closed for version 7 (it is not valid)"),
                Arguments.of("a closed gate forced by a non-admin", draft(ACTIVE, closed(1)), ANALYST_FORCING,
                        Kind.FORBIDDEN, "requires role admin to force a publish past a closed scenario gate"),
                Arguments.of("a closed gate forced by an admin without a reason", draft(ACTIVE, closed(1)),
                        ADMIN_FORCING_WITHOUT_REASON, Kind.INVALID, "a forced publish needs a reason"),
                Arguments.of("a closed gate forced by an admin with a blank reason", draft(ACTIVE, closed(1)),
                        ADMIN_FORCING_WITH_BLANK_REASON, Kind.INVALID, "a forced publish needs a reason"),
                Arguments.of("a closed gate forced by an admin with a reason", draft(ACTIVE, closed(1)),
                        ADMIN_FORCING, null, null),
                Arguments.of("an invalid draft forced by an admin with a reason", draft(ACTIVE, invalid()),
                        ADMIN_FORCING, null, null));
    }

    /** A rollback has no base version to check: only the gate of the version rolled back to. */
    static Stream<Arguments> rollbacks() {
        return Stream.of(
                Arguments.of("a deployed version", deployed(), ANALYST, null, null),
                Arguments.of("an open gate, drafted on a version no longer active", draft(OTHER, open()), ANALYST,
                        null, null),
                Arguments.of("a closed gate, not forced", draft(ACTIVE, closed(3)), ADMIN, Kind.CONFLICT,
                        "(3 scenarios fail); an admin may force it with a reason"),
                Arguments.of("a closed gate forced by a non-admin", draft(ACTIVE, closed(1)), ANALYST_FORCING,
                        Kind.FORBIDDEN, "requires role admin to force a roll back past a closed scenario gate"),
                Arguments.of("a closed gate forced by an admin without a reason", draft(ACTIVE, closed(1)),
                        ADMIN_FORCING_WITHOUT_REASON, Kind.INVALID, "a forced roll back needs a reason"),
                Arguments.of("a closed gate forced by an admin with a reason", draft(ACTIVE, closed(1)),
                        ADMIN_FORCING, null, null));
    }

    @ParameterizedTest(name = "publish: {0}")
    @MethodSource("publishes")
    void aPublishIsRefusedWithItsReasonOrLetThrough(String description, Candidate candidate, Request request,
                                                    Kind kind, String reason) {
        assertDecision(ActivationPolicy.publish(candidate, request), kind, reason);
    }

    @ParameterizedTest(name = "rollback: {0}")
    @MethodSource("rollbacks")
    void aRollbackIsRefusedWithItsReasonOrLetThrough(String description, Candidate candidate, Request request,
                                                     Kind kind, String reason) {
        assertDecision(ActivationPolicy.rollback(candidate, request), kind, reason);
    }

    /**
     * The choice a page offers is what the policy would let through: offered plainly only when a plain request
     * passes, forced only when only a forced request with a reason passes, with rebase only when the base is stale,
     * and refused (with the plain refusal's reason) otherwise; for an analyst and for an admin alike.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("publishes")
    void aPublishIsOfferedExactlyAsThePolicyWouldLetItThrough(String description, Candidate candidate,
                                                             Request ignored, Kind kind, String reason) {
        for (boolean admin : List.of(false, true)) {
            assertOffer(ActivationPolicy.publishChoice(candidate, admin), admin,
                    ActivationPolicy.publish(candidate, new Request("x", admin, false, null)),
                    ActivationPolicy.publish(candidate, new Request("x", admin, true, "why")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rollbacks")
    void aRollbackIsOfferedExactlyAsThePolicyWouldLetItThrough(String description, Candidate candidate,
                                                              Request ignored, Kind kind, String reason) {
        for (boolean admin : List.of(false, true)) {
            assertOffer(ActivationPolicy.rollbackChoice(candidate, admin), admin,
                    ActivationPolicy.rollback(candidate, new Request("x", admin, false, null)),
                    ActivationPolicy.rollback(candidate, new Request("x", admin, true, "why")));
        }
    }

    private static void assertOffer(Offer.Choice choice, boolean admin, Optional<RuleSetLifecycle.Refused> plain,
                                    Optional<RuleSetLifecycle.Refused> forced) {
        String who = admin ? "admin" : "analyst";
        if (plain.isEmpty()) {
            assertThat(choice).as(who).isEqualTo(new Offer.Choice(Offer.Way.PLAIN, null));
            return;
        }
        assertThat(choice.why()).as(who).isEqualTo(plain.get().getMessage());
        if (plain.get().getMessage().contains("drafted on")) {
            assertThat(choice.way()).as(who).isIn(Offer.Way.REBASE, Offer.Way.REFUSED);
        } else {
            assertThat(choice.way()).as(who).isEqualTo(forced.isEmpty() ? Offer.Way.FORCE : Offer.Way.REFUSED);
            assertThat(choice.way() == Offer.Way.FORCE).as(who + ": only an admin forces").isEqualTo(admin
                    && forced.isEmpty());
        }
    }

    private static void assertDecision(Optional<RuleSetLifecycle.Refused> decision, Kind kind, String reason) {
        if (kind == null) {
            assertThat(decision).isEmpty();
            return;
        }
        assertThat(decision).hasValueSatisfying(refused -> {
            assertThat(refused.kind()).isEqualTo(kind);
            assertThat(refused.getMessage()).contains(reason);
        });
    }

    private static Candidate deployed() {
        return new Candidate(7, DRAFT, null, ACTIVE);
    }

    private static Candidate draft(String base, DraftReport report) {
        return candidate(DRAFT, withBase(report, base));
    }

    private static Candidate candidate(String hash, DraftReport report) {
        return new Candidate(7, hash, report, ACTIVE);
    }

    private static DraftReport withBase(DraftReport r, String base) {
        return new DraftReport(r.seq(), r.version(), base, r.comment(), r.valid(), r.findings(), r.gate(), r.impact(),
                r.publishable(), r.timings(), r.findingsLeftOut());
    }

    private static DraftReport open() {
        return report(true, new DraftReport.Gate(3, 3, List.of()));
    }

    private static DraftReport closed(int failing) {
        List<ScenarioOutcome> failures = Stream.iterate(1, n -> n + 1).limit(failing)
                .map(n -> new ScenarioOutcome("s" + n + ".json", "s" + n, List.of("level 1, expected 2"))).toList();
        return report(true, new DraftReport.Gate(3, 3 - failing, failures));
    }

    private static DraftReport invalid() {
        return report(false, null);
    }

    private static DraftReport report(boolean valid, DraftReport.Gate gate) {
        return new DraftReport(7L, DRAFT, ACTIVE, null, valid, List.of(), gate, null, false, null, 0);
    }
}
