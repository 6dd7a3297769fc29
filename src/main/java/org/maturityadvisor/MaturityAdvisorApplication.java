package org.maturityadvisor;

import java.time.Clock;

import org.maturityadvisor.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * Runs the HTTP service, or, when the first argument is a CLI command ({@code assess}, {@code practices},
 * {@code models}, {@code test-scenarios}), that command without starting Spring.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaturityAdvisorApplication {

    /** The time stamps of stored assessments and versions; tests may fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(MaturityAdvisorApplication.class, args);
    }
}
