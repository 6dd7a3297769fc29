package org.maturityadvisor.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a team does with ML, beyond its practices: how many ML use cases it runs, whether one is business-critical,
 * whether anything is in production, and the fields the catalog declares ({@code declared}: short name to value, e.g.
 * {@code inference -> batch}). Every field may be null (not said); a declared field not said is left out.
 */
public record TeamContext(Integer mlUseCases, Boolean businessCritical, Boolean inProduction,
                          Map<String, String> declared) {

    public TeamContext {
        declared = declared == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(declared));
    }

    /** A context that says nothing of the fields the catalog declares. */
    public TeamContext(Integer mlUseCases, Boolean businessCritical, Boolean inProduction) {
        this(mlUseCases, businessCritical, inProduction, Map.of());
    }

    public static TeamContext unknown() {
        return new TeamContext(null, null, null);
    }

    /** The value of a declared context field, by its short name, if the team stated it. */
    public Optional<String> value(String name) {
        return Optional.ofNullable(declared.get(name));
    }
}
