package org.maturityadvisor.store;

import java.time.YearMonth;

/**
 * How the number of teams at {@code level} of {@code model} changed in {@code month}: each newest-so-far assessment
 * adds its team there and takes it from the level of its team's assessment before (summed, so a team assessed
 * twice in a month counts once, at its later level).
 */
public record PortfolioChange(YearMonth month, String model, int level, int teams) {
}
