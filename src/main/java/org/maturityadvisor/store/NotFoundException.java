package org.maturityadvisor.store;

import org.maturityadvisor.catalog.Echo;

/**
 * What the caller asked for (a team, an assessment, a rule-set version) does not exist: a 404. Distinct from
 * {@link java.util.NoSuchElementException}, which stays a programming error.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(Echo.of(message));
    }
}
