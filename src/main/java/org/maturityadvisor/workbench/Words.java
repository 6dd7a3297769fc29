package org.maturityadvisor.workbench;

/** Counts as people write them: "1 criterion", "2 criteria", "1 change". */
public final class Words {

    private Words() {
    }

    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
