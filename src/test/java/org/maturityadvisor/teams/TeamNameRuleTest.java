package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name rule, in milliseconds: a registered name is never silently replaced by a typed one. */
class TeamNameRuleTest {

    @Test
    void aNameLeftOutBlankOrEqualSpacesAsideIsTheTeams() {
        assertThat(TeamNameRule.check("payments-ml", "Payments ML", null, false)).isEmpty();
        assertThat(TeamNameRule.check("payments-ml", "Payments ML", "  ", false)).isEmpty();
        assertThat(TeamNameRule.check("payments-ml", "Payments ML", " Payments ML ", false)).isEmpty();
    }

    @Test
    void aDifferentNameIsRefusedWithBothNamesAndTheWayToConfirm() {
        TeamNameRule.Refusal refusal = TeamNameRule.check("payments-ml", "Payments ML", "payments ml", false)
                .orElseThrow();
        assertThat(refusal.registered()).isEqualTo("Payments ML");
        assertThat(refusal.given()).isEqualTo("payments ml");
        assertThat(refusal.reason()).contains("\"Payments ML\" (payments-ml)", "not \"payments ml\"",
                "confirmName=true");
    }

    @Test
    void aVeryLongTypedNameIsRepeatedOnlyInPart() {
        TeamNameRule.Refusal refusal = TeamNameRule.check("payments-ml", "Payments ML", "y".repeat(10_000), false)
                .orElseThrow();
        assertThat(refusal.given()).hasSizeLessThan(300);
        assertThat(refusal.reason()).hasSizeLessThan(600);
    }

    @Test
    void aConfirmedDifferentNameIsStoredUnderTheRegisteredOne() {
        assertThat(TeamNameRule.check("payments-ml", "Payments ML", "Fraud ML", true)).isEmpty();
    }
}
