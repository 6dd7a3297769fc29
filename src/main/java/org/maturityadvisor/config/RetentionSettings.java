package org.maturityadvisor.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long stored assessments are kept, under {@code maturity.retention.*}: each team's newest is always kept.
 *
 * @param assessmentDays assessments made more than this many days ago are removed; 0 (the default) keeps them all
 * @param schedule       when the removal runs (a Spring cron expression, in the server's zone; default daily at
 *                       03:30); it also runs once at start
 */
@ConfigurationProperties("maturity.retention")
public record RetentionSettings(@DefaultValue("0") int assessmentDays, @DefaultValue("0 30 3 * * *") String schedule) {

    public RetentionSettings {
        if (assessmentDays < 0) {
            throw new IllegalArgumentException("maturity.retention.assessment-days must be 0 (keep everything) or more,"
                    + " got " + assessmentDays);
        }
    }

    public boolean keepsEverything() {
        return assessmentDays == 0;
    }
}
