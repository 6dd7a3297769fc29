package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.gate.Gate;
import org.maturityadvisor.gate.GateText;
import org.maturityadvisor.gate.GateVerdict;
import org.maturityadvisor.gate.Requirement;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.ScanRefusedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "gate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Exits 0 when the team reaches every required level, 1 when it does not, printing the criteria "
                + "that block each unmet requirement.",
                "The team is FILE (assessed here with --rules), or the newest stored assessment of --team on the "
                + "service at --url."})
final class GateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "team input, as for assess (- reads standard input)")
    String file;

    @Option(names = "--require", paramLabel = "MODEL=LEVEL", description = "a least level (band) in a model; "
            + "repeatable; overrides the same model in --policy")
    Map<String, Integer> require = new LinkedHashMap<>();

    @Option(names = "--policy", paramLabel = "FILE", description = "{\"require\": {\"microsoft\": 2, ...}}")
    Path policy;

    @Option(names = "--url", paramLabel = "URL", description = "a running service: gate its stored team --team")
    String url;

    @Option(names = "--team", paramLabel = "ID", description = "the stored team's id (with --url)")
    String team;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:MATURITY_TOKEN}",
            description = "sent as Authorization: Bearer (default: env MATURITY_TOKEN)")
    String token;

    @Option(names = "--sarif", paramLabel = "FILE", description = "also write the assessment behind the verdict as "
            + "SARIF 2.1.0 (as assess --format sarif: evidence as related locations) to FILE")
    Path sarif;

    @Option(names = "--scan", paramLabel = "PATH", description = "with FILE: merge the scan of the team's repository "
            + "(a folder, a .zip or a .tar.gz) into its answers before gating, as assess --scan does")
    Path scanPath;

    @Mixin
    ScanOptions scan;

    @Mixin
    RulesOption rules;

    @Mixin
    AdvisorCommand.JsonOption output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        checkUsage();
        List<Requirement> requirements = requirements();
        AssessmentResult result = url != null ? new RemoteTeam(url, token).newestResult(team) : assessFile();
        GateVerdict verdict = Gate.check(result, requirements);
        if (sarif != null) {
            Files.writeString(sarif, Json.write(AssessmentSarif.of(CliVersion.version(), result,
                    file == null || "-".equals(file) ? null : Path.of(file).toUri().toString())) + "\n");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output.json ? Json.write(verdict) + "\n" : GateText.render(verdict));
        out.flush();
        return verdict.passed() ? 0 : Cli.CHECK_FAILED;
    }

    private void checkUsage() {
        if ((file == null) == (url == null)) {
            throw new ParameterException(spec.commandLine(), "give either FILE or --url with --team");
        }
        if ((url == null) != (team == null)) {
            throw new ParameterException(spec.commandLine(), "--url and --team go together");
        }
        if (scanPath != null && url != null) {
            throw new ParameterException(spec.commandLine(), "--scan goes with FILE: a stored team's scans are "
                    + "pushed to the service (scan --url)");
        }
        if (require.isEmpty() && policy == null) {
            throw new ParameterException(spec.commandLine(), "give --require MODEL=LEVEL or --policy FILE");
        }
        if (file != null) {
            InputFiles.readableFile(spec, Path.of(file), "team input file");
        }
        if (policy != null) {
            InputFiles.readableFile(spec, policy, "policy file (--policy)");
        }
    }

    private List<Requirement> requirements() throws java.io.IOException {
        Map<String, Integer> levels = new LinkedHashMap<>();
        if (policy != null) {
            levels.putAll(GatePolicy.read(Files.readString(policy)));
        }
        levels.putAll(require);
        List<Requirement> requirements = new ArrayList<>();
        levels.forEach((model, level) -> requirements.add(new Requirement(model, level)));
        return requirements;
    }

    private AssessmentResult assessFile() throws java.io.IOException, ScanRefusedException {
        LoadedRuleSet loaded = scanPath == null ? null : rules.loadWithDetectors();
        Advisor advisor = loaded == null ? rules.load() : loaded.advisor();
        String input = "-".equals(file) ? new String(System.in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                : Files.readString(Path.of(file));
        TeamProfile profile = TeamInputReader.read(input, advisor.catalog());
        return advisor.assess(loaded == null ? profile : scan.merged(profile, scanPath, loaded));
    }
}
