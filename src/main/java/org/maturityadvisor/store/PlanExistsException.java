package org.maturityadvisor.store;

import org.maturityadvisor.catalog.Echo;

/** A team already has a plan of that name: a 409. */
public class PlanExistsException extends RuntimeException {

    public PlanExistsException(String teamId, String name) {
        super("team " + teamId + " already has a plan named " + Echo.quoted(name));
    }
}
