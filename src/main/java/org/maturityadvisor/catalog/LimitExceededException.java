package org.maturityadvisor.catalog;

/**
 * A request is larger than a configured limit allows (its body, its rows, its plans): refused before any work, naming
 * the setting ({@code maturity.limits.json-body}), the field at fault and the limit.
 *
 * @param limit  the setting that sets the limit
 * @param field  where in the request: {@code (body)}, {@code plans}, {@code rows}
 * @param max    the limit, in {@code unit}
 * @param unit   bytes, plans, rows
 */
public class LimitExceededException extends RuntimeException {

    private final String limit;
    private final String field;
    private final long max;
    private final String unit;

    public LimitExceededException(String limit, String field, long max, String unit) {
        super(field + " is over the limit of " + max + " " + unit + " (" + limit + ")");
        this.limit = limit;
        this.field = field;
        this.max = max;
        this.unit = unit;
    }

    public String limit() {
        return limit;
    }

    public String field() {
        return field;
    }

    public long max() {
        return max;
    }

    public String unit() {
        return unit;
    }
}
