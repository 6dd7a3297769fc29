package org.maturityadvisor.simulation;

import org.maturityadvisor.catalog.Answer;

/** One change to a team's answers: {@code practice} set to {@code to}, or back to unknown when {@code to} is null. */
public record PracticeChange(String practice, Answer to) {

    public String value() {
        return to == null ? null : to.value();
    }
}
