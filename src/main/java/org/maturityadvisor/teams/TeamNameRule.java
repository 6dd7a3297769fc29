package org.maturityadvisor.teams;

import java.util.Optional;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.input.StrictText;

/**
 * Whether an assessment that names its team may be stored under a registered team: a name left out, blank or equal to
 * the registered one (spaces aside) is the team's; a different name is refused unless the caller confirms storing
 * under the registered name. Never silently replaced: a typo and another team's name look the same from here.
 */
public final class TeamNameRule {

    /** A typed name that differs from the registered one (as a message may repeat it), with the sentence that says so. */
    public record Refusal(String teamId, String registered, String given) {

        public String reason() {
            return "this assesses the team registered as \"" + registered + "\" (" + teamId + "), not \"" + given
                    + "\"; leave team out, give that name, or confirm storing under \"" + registered
                    + "\" with confirmName=true";
        }
    }

    private TeamNameRule() {
    }

    /** @param given the typed name, or null when left out */
    public static Optional<Refusal> check(String teamId, String registered, String given, boolean confirmed) {
        String typed = given == null ? "" : StrictText.normalized(given.strip());
        if (typed.isEmpty() || typed.equals(registered) || confirmed) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(teamId, registered, Echo.of(typed)));
    }
}
