package org.maturityadvisor.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code serve}: the HTTP service. {@link Cli#startsService} hands it to Spring before picocli sees it, so this class
 * only answers {@code serve --help} and {@code serve --version}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Starts the HTTP service (also the default with no arguments).",
                "Takes settings as --name=value, e.g. --server.port=9090 --maturity.rules-dir=/srv/rules."})
final class ServeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "--name=value", arity = "0..*", description = "Spring Boot settings (README: Configuration)")
    List<String> settings;

    @Override
    public Integer call() {
        return Cli.USAGE;
    }
}
