package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the CLI. Exit codes: 0 done; 1 a scenario failed; 2 bad usage; 3 the team input is invalid;
 * 4 the rules (or, for {@code validate}, the draft) are invalid; 5 the service refused a rulesets request; 6 the
 * backup failed.
 */
@Command(name = "maturity-advisor", mixinStandardHelpOptions = true, version = "maturity-advisor 0.1.0",
        description = "Classifies a team's MLOps practices under the maturity models in a rules directory.",
        subcommands = {AssessCommand.class, SimulateCommand.class, PracticesCommand.class, ModelsCommand.class,
                TestScenariosCommand.class, ValidateCommand.class, RulesetsCommand.class, BackupCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:a scenario failed", "2:bad usage", "3:the team input is invalid",
                "4:the rules are invalid", "5:the service refused (rulesets)", "6:the backup failed"})
public final class Cli {

    public static final int SCENARIO_FAILED = 1;
    public static final int INVALID_INPUT = 3;
    public static final int INVALID_RULES = 4;
    public static final int REFUSED = 5;
    public static final int USAGE = 2;

    private static final Set<String> COMMANDS = Set.of("assess", "simulate", "practices", "models", "test-scenarios",
            "validate", "rulesets", "backup", "help",
            "--help", "-h", "--version", "-V");

    /** Whether the arguments name a CLI command rather than options for the HTTP service. */
    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String[] args) {
        CliLogging.toStandardErrorWarningsOnly();
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Cli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new CliErrors());
        return commandLine.execute(args);
    }
}
