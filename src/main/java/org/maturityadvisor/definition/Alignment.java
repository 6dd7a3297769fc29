package org.maturityadvisor.definition;

/**
 * Where a level of one model lines up on another (the crosswalk): levels {@code from} to {@code to} of
 * {@code model}.
 */
public record Alignment(String model, int from, int to) {

    @Override
    public String toString() {
        return model + " " + (from == to ? String.valueOf(from) : from + "-" + to);
    }
}
