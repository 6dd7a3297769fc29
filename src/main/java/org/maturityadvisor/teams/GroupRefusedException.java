package org.maturityadvisor.teams;

import org.maturityadvisor.organisation.GroupChange;

/** A change to the groups refused by {@link GroupChange}, with its kind (400, 404 or 409) and the fields at fault. */
public class GroupRefusedException extends RuntimeException {

    private final GroupChange.Refusal refusal;

    public GroupRefusedException(GroupChange.Refusal refusal) {
        super(refusal.words());
        this.refusal = refusal;
    }

    public GroupChange.Refusal refusal() {
        return refusal;
    }
}
