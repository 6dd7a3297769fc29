package org.maturityadvisor.catalog;

/** One thing wrong with a team's input: the field at fault (e.g. {@code answers.release.method}) and why. */
public record InputError(String field, String reason) {
}
