package org.maturityadvisor.security;

/**
 * How far an API token reaches beyond being its owner's: at most its role ({@code cap}), only within one group (and
 * its sub-groups) or one team ({@code teamGroup}: the group that team sits in, null for one directly in the
 * organisation), and perhaps for reading only. A password, a session or a JWT reaches as far as its grants:
 * {@link #UNLIMITED}.
 */
record Reach(Role cap, String group, String team, String teamGroup, boolean readOnly) {

    static final Reach UNLIMITED = new Reach(null, null, null, null, false);
}
