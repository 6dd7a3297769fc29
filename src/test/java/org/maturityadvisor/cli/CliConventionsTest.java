package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The conventions every command keeps, in process (PackagedJarIT and CliConventionsIT check them through the jar). */
class CliConventionsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static List<List<String>> everyCommand() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(Cli.class), new ArrayList<>(), commands);
        return commands;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, into);
            }
        });
    }

    @Test
    void everyCommandAndSubcommandAnswersHelpAndVersionWithExitZero() {
        List<List<String>> commands = everyCommand();
        assertThat(commands).hasSizeGreaterThan(15);
        for (List<String> command : commands) {
            for (String flag : List.of("--help", "--version")) {
                out.getBuffer().setLength(0);
                List<String> args = new ArrayList<>(command);
                args.add(flag);
                assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args) + ": " + err).isZero();
                assertThat(out.toString()).as(String.join(" ", args))
                        .contains(flag.equals("--help") ? "Usage:" : "maturity-advisor ");
            }
        }
    }

    @Test
    void anUnknownCommandOrOptionPrintsUsageAndExitsTwo() {
        assertThat(run("nonsense")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unmatched argument", "nonsense", "Usage: maturity-advisor");
        assertThat(run("assess", "docs/examples/team.json", "--nonsense")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("Unknown option: '--nonsense'", "Usage: maturity-advisor assess");
    }

    @Test
    void onlyNoArgumentsServeOrBareSettingsStartTheService() {
        assertThat(Cli.startsService(new String[0])).isTrue();
        assertThat(Cli.startsService(new String[] {"serve", "--server.port=0"})).isTrue();
        assertThat(Cli.startsService(new String[] {"--server.port=0", "--maturity.rules-dir=rules"})).isTrue();
        assertThat(Cli.serviceArguments(new String[] {"serve", "--server.port=0"})).containsExactly("--server.port=0");
        for (String[] args : List.of(new String[] {"nonsense"}, new String[] {"--nonsense"},
                new String[] {"--port=1"}, new String[] {"serve", "--help"}, new String[] {"--server.port=1", "x"},
                new String[] {"assess"}, new String[] {"--help"})) {
            assertThat(Cli.startsService(args)).as(String.join(" ", args)).isFalse();
        }
    }

    @Test
    void aMissingInputFileExitsTwoNamingIt() {
        assertThat(run("assess", "no/such/team.json")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("cannot read team input file no/such/team.json: it does not exist".replace(
                ": it", ""));
        assertThat(run("validate", "no/such/draft.drl.xlsx")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("cannot read draft no/such/draft.drl.xlsx does not exist");
        assertThat(run("models", "--rules", "no/such/rules")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("cannot read rules directory (--rules) no/such/rules does not exist");
        assertThat(run("gate", "no/such/team.json", "--require", "microsoft=1")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("no/such/team.json does not exist");
    }
}
