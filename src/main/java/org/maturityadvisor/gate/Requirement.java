package org.maturityadvisor.gate;

/** A model and the least level (a band for a scored model) a team must reach in it. */
public record Requirement(String model, int level) {

    public Requirement {
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("a requirement names a model");
        }
    }

    @Override
    public String toString() {
        return model + ">=" + level;
    }
}
