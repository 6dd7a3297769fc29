package org.maturityadvisor.assessment;

/**
 * What a team does with ML, beyond its practices: how many ML use cases it runs, whether one is business-critical,
 * whether anything is in production. Every field may be null (not said).
 */
public record TeamContext(Integer mlUseCases, Boolean businessCritical, Boolean inProduction) {

    public static TeamContext unknown() {
        return new TeamContext(null, null, null);
    }
}
