package org.maturityadvisor;

import java.time.Clock;

import org.maturityadvisor.cli.Cli;
import org.maturityadvisor.cli.CliLogging;
import org.maturityadvisor.json.WireJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

import tools.jackson.databind.JacksonModule;

/**
 * Runs the HTTP service (no arguments, {@code serve}, or only {@code --name=value} settings), or else the CLI, which
 * never starts Spring: a command, or usage and exit 2 for anything it does not know.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MaturityAdvisorApplication {

    /** The time stamps of stored assessments and versions; tests may fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** A finding's kind as its stable id in every JSON the service writes and stores. */
    @Bean
    JacksonModule wireIdsJson() {
        return WireJson.MODULE;
    }

    public static void main(String[] args) {
        if (!Cli.startsService(args)) {
            System.exit(Cli.run(args));
        }
        CliLogging.pinServiceProvider();
        SpringApplication.run(MaturityAdvisorApplication.class, Cli.serviceArguments(args));
    }
}
