package org.maturityadvisor.assessment;

/** How scores and points read in summaries and reports: 1.5 as "1.5", 2.0 as "2". */
public final class Points {

    private Points() {
    }

    public static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
