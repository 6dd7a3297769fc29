package org.maturityadvisor.cli;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.scan.ScanRefusedException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints rejected input and broken rules as the same list the API gives, and exits with a distinct code. */
final class CliErrors implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        var err = commandLine.getErr();
        if (e instanceof InvalidInputException invalid) {
            err.println("Invalid input: " + invalid.errors().size() + " field(s) at fault");
            for (InputError error : invalid.errors()) {
                err.println("  " + error.field() + ": " + error.reason());
            }
            return Cli.INVALID_INPUT;
        }
        if (e instanceof RuleSetException rules) {
            err.println(rules.getMessage());
            return Cli.INVALID_RULES;
        }
        if (e instanceof ScanRefusedException refused) {
            err.println("Refused to scan: " + refused.getMessage()
                    + (refused.entry() == null || refused.getMessage().contains(refused.entry()) ? ""
                            : " (entry " + refused.entry() + ")"));
            return Cli.INVALID_INPUT;
        }
        if (e instanceof RemoteTeam.Refused refused) {
            err.println("error: " + refused.getMessage());
            return refused.exit;
        }
        if (e instanceof java.net.ConnectException || e instanceof java.net.http.HttpTimeoutException) {
            err.println("error: the service could not be reached: " + e);
            return Cli.REFUSED;
        }
        err.println("error: " + e);
        return Cli.SOFTWARE;
    }
}
