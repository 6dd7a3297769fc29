package org.maturityadvisor.lifecycle;

/**
 * What a page may offer for one version to the signed-in caller: publishing it, rolling it back, each decided by
 * {@link ActivationPolicy}, the policy {@link RuleSetLifecycle#publish} and {@link RuleSetLifecycle#rollback} apply,
 * so a page never offers what the API would refuse, and says why when it offers nothing.
 */
public record Offer(Choice publish, Choice rollback) {

    /** How the action can go through for this caller, if at all. */
    public enum Way {
        /** The action does not apply to this version (publishing the active one, rolling back another). */
        NOT_APPLICABLE,
        /** As asked, with an optional reason. */
        PLAIN,
        /** Only with rebase: the draft was built on a version no longer active. */
        REBASE,
        /** Only forced past a closed scenario gate, with a reason: the admin's. */
        FORCE,
        /** Refused to this caller whatever is asked: {@link Choice#why()} says why. */
        REFUSED
    }

    /** @param why what stands in the way of a plain action (REBASE, FORCE) or the refusal (REFUSED); else null */
    public record Choice(Way way, String why) {

        static final Choice NOT_APPLICABLE = new Choice(Way.NOT_APPLICABLE, null);
        static final Choice PLAIN = new Choice(Way.PLAIN, null);

        /** Whether the page shows this action at all (enabled or not). */
        public boolean shown() {
            return way != Way.NOT_APPLICABLE;
        }

        /** Whether the caller can carry it out (the page's button is enabled). */
        public boolean offered() {
            return way == Way.PLAIN || way == Way.REBASE || way == Way.FORCE;
        }

        public boolean forced() {
            return way == Way.FORCE;
        }

        public boolean rebased() {
            return way == Way.REBASE;
        }
    }
}
