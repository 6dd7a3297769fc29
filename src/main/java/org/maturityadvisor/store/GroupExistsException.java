package org.maturityadvisor.store;

/** A group with this id exists already. */
public class GroupExistsException extends RuntimeException {

    private final String id;

    public GroupExistsException(String id) {
        super("group " + id + " exists already");
        this.id = id;
    }

    public String id() {
        return id;
    }
}
