package org.maturityadvisor.store;

/**
 * A write to an archived team (an assessment, a plan, a confirmation, observations, an import row): refused, a 409.
 * The team can still be read; restoring it makes it writable again.
 */
public class TeamArchivedException extends RuntimeException {

    private final String teamId;

    public TeamArchivedException(String teamId) {
        super("team " + teamId + " is archived; restore it first");
        this.teamId = teamId;
    }

    public String teamId() {
        return teamId;
    }
}
