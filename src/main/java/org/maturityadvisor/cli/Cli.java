package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.maturityadvisor.ruleset.RuleCompiler;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the CLI, and the one place that decides whether the arguments start the HTTP service instead.
 * Exit codes are listed in {@code --help} and in the README.
 */
@Command(name = "maturity-advisor", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Classifies a team's MLOps practices under the maturity models in a rules directory.",
        subcommands = {AssessCommand.class, GateCommand.class, ScanCommand.class, SimulateCommand.class, RoadmapCommand.class,
                PracticesCommand.class,
                ModelsCommand.class, TraceCommand.class, TestScenariosCommand.class, ValidateCommand.class, RulesetsCommand.class,
                ServeCommand.class, BackupCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done; every gate requirement holds; the draft is valid or publishable",
                "1:a check failed: a scenario, a gate requirement, a draft's scenario gate",
                "2:bad usage: unknown command or option, missing or unreadable file",
                "3:the team input (or the gate policy) is invalid; scan: the tree is refused",
                "4:the rules (or, for validate, the draft) are invalid",
                "5:the service refused the request or could not be reached (rulesets, gate --url, scan --url)",
                "6:the backup failed",
                "70:an unexpected error (a bug: please report it with the message)"})
public final class Cli {

    public static final int CHECK_FAILED = 1;
    public static final int SCENARIO_FAILED = CHECK_FAILED;
    public static final int USAGE = 2;
    public static final int INVALID_INPUT = 3;
    public static final int INVALID_RULES = 4;
    public static final int REFUSED = 5;
    public static final int SOFTWARE = 70;

    private static final String SERVE = "serve";
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");
    /** A Spring setting such as {@code --server.port=9090}: a dotted name, then a value. */
    private static final Pattern SETTING = Pattern.compile("--[A-Za-z0-9_-]+(\\.[A-Za-z0-9_\\[\\]-]+)+=.*");

    /** The commands by name, as the annotation above lists them; {@code help} needs them all. */
    private static final Map<String, Class<?>> COMMANDS = Arrays.stream(Cli.class.getAnnotation(Command.class)
                    .subcommands()).filter(command -> command != CommandLine.HelpCommand.class)
            .collect(Collectors.toMap(command -> command.getAnnotation(Command.class).name(), command -> command));

    private Cli() {
    }

    /** Whether the command reads a rules directory: it has the --rules option. */
    private static boolean readsRules(Class<?> command) {
        for (Class<?> type = command; type != null; type = type.getSuperclass()) {
            if (Arrays.stream(type.getDeclaredFields()).anyMatch(field -> field.getType() == RulesOption.class)) {
                return true;
            }
        }
        return false;
    }

    /** The top command alone, for a run that names one command (or only asks the version): it adds that one. */
    @Command(name = "maturity-advisor", mixinStandardHelpOptions = true, versionProvider = CliVersion.class)
    private static final class OneCommand {
    }

    /**
     * Every command's model when the arguments need them all (usage, {@code help}, an unknown command), else only the
     * command named first: picocli builds a model by reflection for each command it is given, which costs a run about
     * a tenth of a second for the commands it does not use.
     */
    static CommandLine commandLine(String[] args) {
        if (args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"))) {
            return new CommandLine(new OneCommand());
        }
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named == null) {
            return new CommandLine(new Cli());
        }
        return new CommandLine(new OneCommand()).addSubcommand(args[0], named);
    }

    /**
     * Whether the arguments start the HTTP service: none at all, {@code serve} (without --help or --version), or only
     * Spring settings ({@code --server.port=9090}, as before {@code serve} existed). Anything else is for the CLI,
     * which prints usage for an unknown command or option.
     */
    public static boolean startsService(String[] args) {
        if (args.length == 0) {
            return true;
        }
        if (args[0].equals(SERVE)) {
            return Arrays.stream(args).skip(1).noneMatch(HELP_OR_VERSION::contains);
        }
        return Arrays.stream(args).allMatch(arg -> SETTING.matcher(arg).matches());
    }

    /** The arguments to hand to Spring: without the {@code serve} command itself. */
    public static String[] serviceArguments(String[] args) {
        return args.length > 0 && args[0].equals(SERVE) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }

    public static int run(String[] args) {
        CliLogging.toStandardErrorWarningsOnly();
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** What was wrong, any "did you mean", then the usage of the command at fault: always, on standard error. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println();
        command.usage(err);
        err.flush();
        return USAGE;
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Class<?> named = args.length > 0 ? COMMANDS.get(args[0]) : null;
        if (named != null && readsRules(named)) {
            // the rules the jar carries do not depend on the arguments: loading them overlaps everything until the
            // rules directory has been read
            RuleCompiler.installed().startLoadingBundled();
        }
        CommandLine commandLine = commandLine(args);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler(new CliErrors());
        commandLine.setParameterExceptionHandler(Cli::badUsage);
        return commandLine.execute(args);
    }
}
