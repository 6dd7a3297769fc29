package org.maturityadvisor.security;

import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.TeamSet;
import org.springframework.stereotype.Component;

/**
 * The teams of the request's caller, by their grants (and a token's reach): a viewer's on the organisation or on
 * groups for reading, an assessor's for changing; archived teams left out. The grants and the group tree are read
 * once per request ({@link CurrentAccess}). Outside a request there is no caller, and so no team.
 */
@Component
class ScopedTeams implements CallerTeams {

    private final CurrentAccess current;

    ScopedTeams(CurrentAccess current) {
        this.current = current;
    }

    @Override
    public TeamSet readable() {
        return current.access().teams(Role.VIEWER, current.tree());
    }

    @Override
    public TeamSet writable() {
        return current.access().teams(Role.ASSESSOR, current.tree());
    }
}
