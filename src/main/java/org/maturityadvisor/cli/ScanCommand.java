package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.maturityadvisor.ruleset.ScanRules;
import org.maturityadvisor.scan.ScanReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "scan", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Reads a team's repository (a folder, a .zip or a .tar.gz of one) and reports each practice its "
                + "files show, with the evidence (path, line, matched text, detector), and the practices looked for "
                + "and not found. Nothing read is executed, imported or evaluated; links are never followed.",
                "With --url, --team and --token it sends the report to the service's team observations (a pipeline "
                        + "keeping the team's evidence current) and prints what the service answered."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:scanned (and, with --url, accepted by the service)",
                "2:bad usage: an unknown option, a malformed --exclude glob, a limit below 1",
                "3:the tree is refused (missing, not a folder/.zip/.tar.gz, an entry climbing out, a bomb, too "
                        + "many entries), or the service found the report invalid (HTTP 400)",
                "4:the rules (or their detector table) are invalid",
                "5:the service refused the report or could not be reached",
                "70:an unexpected error (a bug: please report it with the message)"})
final class ScanCommand implements Callable<Integer> {

    /** Text for people, the scan report's JSON (what the service takes), or SARIF 2.1.0 for code scanning. */
    enum Format { text, json, sarif }

    @Parameters(paramLabel = "PATH", description = "a folder, or a .zip or .tar.gz of one")
    Path path;

    @Mixin
    RulesOption rules;

    @Mixin
    ScanOptions scan;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (the scan report the service takes) or sarif (SARIF 2.1.0: one result per "
                    + "sighting); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "write the report to FILE instead of standard "
            + "output")
    Path output;

    @Option(names = "--url", paramLabel = "URL", description = "a running service: send the report to "
            + "URL/api/teams/ID/observations (with --team and --token)")
    String url;

    @Option(names = "--team", paramLabel = "ID", description = "the team whose observations these are (with --url)")
    String team;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:MATURITY_TOKEN}",
            description = "sent as Authorization: Bearer: an assessor's or the team's pipeline token "
                    + "(default: env MATURITY_TOKEN)")
    String token;

    @Option(names = "--commit", paramLabel = "SHA", description = "with --url: the commit scanned (40 hex digits), "
            + "sent with the report, e.g. $GITHUB_SHA or $CI_COMMIT_SHA")
    String commit;

    @Option(names = "--ref", paramLabel = "NAME", description = "with --url: the branch scanned, sent with the "
            + "report, e.g. $GITHUB_REF_NAME or $CI_COMMIT_REF_NAME")
    String ref;

    @Spec
    CommandSpec spec;

    private static final java.util.regex.Pattern SHA = java.util.regex.Pattern.compile("[0-9a-f]{40}");
    /** The branch names the service takes. */
    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("[A-Za-z0-9._/+-]{1,255}");

    @Override
    public Integer call() throws Exception {
        if ((url == null) != (team == null)) {
            throw new ParameterException(spec.commandLine(), "--url and --team go together");
        }
        if (url == null && (commit != null || ref != null)) {
            throw new ParameterException(spec.commandLine(), "--commit and --ref describe a report sent with --url");
        }
        if (commit != null && !SHA.matcher(commit).matches()) {
            throw new ParameterException(spec.commandLine(), "--commit " + commit + ": a commit is 40 hex digits");
        }
        if (ref != null && !REF.matcher(ref).matches()) {
            throw new ParameterException(spec.commandLine(), "--ref " + ref + ": a branch or tag name of 1 to 255 "
                    + "letters, digits and . _ / + -");
        }
        scan.limits();
        ScanRules loaded = rules.loadForScan();
        ScanReport report = scan.scan(path, loaded);
        String rendered = switch (format) {
            case text -> ScanText.render(report, loaded.catalog(), loaded.detectors());
            case json -> Json.write(report) + "\n";
            case sarif -> Json.write(ScanSarif.of(CliVersion.version(), report, loaded.detectors(),
                    loaded.catalog())) + "\n";
        };
        PrintWriter out = spec.commandLine().getOut();
        if (output != null) {
            Files.writeString(output, rendered, StandardCharsets.UTF_8);
        } else {
            out.print(rendered);
        }
        if (url != null) {
            // the service's answer goes where it cannot spoil a JSON or SARIF report on standard output
            PrintWriter said = output == null && format != Format.text ? spec.commandLine().getErr() : out;
            said.print(PushText.render(url, team, new RemoteTeam(url, token).pushObservations(team,
                    Json.pushed(report, commit, ref))));
            said.flush();
        }
        out.flush();
        return 0;
    }
}
