package org.maturityadvisor.teams;

/** An assessment named a team other than the registered one and was not confirmed: nothing was stored. */
public class TeamNameMismatchException extends RuntimeException {

    private final transient TeamNameRule.Refusal refusal;

    public TeamNameMismatchException(TeamNameRule.Refusal refusal) {
        super(refusal.reason());
        this.refusal = refusal;
    }

    public TeamNameRule.Refusal refusal() {
        return refusal;
    }
}
