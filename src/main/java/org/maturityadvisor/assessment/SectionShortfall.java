package org.maturityadvisor.assessment;

/** A section of a scored model whose sum ({@code score}) must rise above {@code needsAbove} to reach a band. */
public record SectionShortfall(String section, double score, double needsAbove) {
}
