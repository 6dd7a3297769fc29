package org.maturityadvisor.catalog;

/**
 * One thing wrong with a team's input: the field at fault (e.g. {@code answers.release.method}) and why. Both are cut
 * to a bounded length, since a field name (an unknown key) and a reason (it quotes the value) repeat the caller's input.
 */
public record InputError(String field, String reason) {

    /** A reason quotes at most {@link Echo#MAX} characters of input; this leaves room for our own words. */
    static final int MAX_REASON = 2 * Echo.MAX + 400;

    public InputError {
        field = Echo.of(field);
        reason = Echo.capped(reason, MAX_REASON);
    }
}
