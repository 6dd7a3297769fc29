package org.maturityadvisor.security;

import org.maturityadvisor.organisation.CallerTeams;
import org.maturityadvisor.organisation.TeamSet;
import org.springframework.stereotype.Component;

/**
 * Until grants are scoped (issue 27's access work), a caller who may read teams at all reads every team that is not
 * archived; the URL rules in {@link AccessRules} decide whether they may read teams at all.
 */
@Component
class EveryTeam implements CallerTeams {

    @Override
    public TeamSet readable() {
        return TeamSet.active();
    }

    @Override
    public TeamSet writable() {
        return TeamSet.active();
    }
}
