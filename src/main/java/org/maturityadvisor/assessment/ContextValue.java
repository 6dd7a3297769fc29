package org.maturityadvisor.assessment;

/** A rule fact: one declared context field the team stated, and its value ({@code inference = batch}). */
public record ContextValue(String field, String value) {
}
