package org.maturityadvisor.store;

/** A team id is already registered. */
public class TeamExistsException extends RuntimeException {

    public TeamExistsException(String id) {
        super("team " + id + " already exists");
    }
}
