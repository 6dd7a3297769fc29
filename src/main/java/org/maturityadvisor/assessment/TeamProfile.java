package org.maturityadvisor.assessment;

import java.util.Objects;

import org.maturityadvisor.catalog.Answers;

/** One team as the questionnaire describes it; answers are already checked against the catalog. */
public record TeamProfile(String team, TeamContext context, Answers answers) {

    public TeamProfile {
        Objects.requireNonNull(team, "team");
        context = context == null ? TeamContext.unknown() : context;
        answers = answers == null ? Answers.none() : answers;
    }
}
