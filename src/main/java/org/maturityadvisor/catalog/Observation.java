package org.maturityadvisor.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What a team's repository shows for one practice: the highest value any detector saw (with its rank in the
 * practice's order) and the sightings behind it, strongest value first. A practice looked for and not found has no
 * observation: absence in the files is never "no".
 */
public record Observation(String practice, String value, int rank, List<Sighting> sightings) {

    public Observation {
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(value, "value");
        sightings = List.copyOf(sightings);
        if (sightings.isEmpty()) {
            throw new IllegalArgumentException("an observation rests on at least one sighting: " + practice);
        }
    }
}
