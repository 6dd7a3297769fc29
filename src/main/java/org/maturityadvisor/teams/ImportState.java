package org.maturityadvisor.teams;

import java.util.Locale;

import org.maturityadvisor.wire.WireId;

/**
 * Where an import is: still running, committed, refused (bad rows or a bad file) or failed (the database); a refused
 * or failed import wrote nothing.
 */
public enum ImportState implements WireId {
    RUNNING, IMPORTED, REFUSED, FAILED;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
