package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.report.HtmlReport;
import org.maturityadvisor.report.MarkdownReport;
import org.maturityadvisor.report.TextReport;

import tools.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "assess", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Classifies the team described in FILE (JSON; - reads standard input).",
                "With --scan PATH it also reads the team's repository and shows claimed vs observed in every format."})
final class AssessCommand extends AdvisorCommand {

    /** The report formats of {@code assess}; markdown and html are the documents people read and print. */
    enum Format { text, json, markdown, html, sarif }

    @Parameters(paramLabel = "FILE", description = "team input: {\"team\": ..., \"context\": {...}, \"answers\": {...}}")
    String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json (the API's JSON), markdown, html (one printable page) or sarif (SARIF 2.1.0: "
                    + "one result per criterion, evidence as related locations); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--json", description = "the same as --format json")
    boolean json;

    @Option(names = "--scan", paramLabel = "PATH", description = "also read the team's repository (a folder, a .zip "
            + "or a .tar.gz) and show claimed vs observed: what the files show backs, fills or questions the answers")
    Path scanPath;

    @Mixin
    ScanOptions scan;

    /** The rule set with its detectors, when --scan reads a repository. */
    private LoadedRuleSet loaded;

    @Override
    Advisor load() {
        if (scanPath == null) {
            return super.load();
        }
        scan.limits();
        loaded = rules.loadWithDetectors();
        return loaded.advisor();
    }

    @Override
    void checkFiles() {
        InputFiles.readableFile(spec, Path.of(file), "team input file");
    }

    private CompletableFuture<JsonNode> input;

    /** The input is parsed while the rules load (JSON's first use costs a few hundred classes); read after them. */
    @Override
    void readInputAhead() {
        input = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                input.complete(TeamInputReader.parse(readInput(file)));
            } catch (IOException | RuntimeException e) {
                input.completeExceptionally(e);
            }
        }, "input-reader");
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    int run(Advisor advisor, PrintWriter out) throws IOException, ScanRefusedException {
        TeamProfile team = TeamInputReader.read(parsedInput(), advisor.catalog());
        if (scanPath != null) {
            team = scan.merged(team, scanPath, loaded);
        }
        AssessmentResult result = advisor.assess(team);
        out.print(switch (json ? Format.json : format) {
            case text -> TextReport.render(result, advisor.catalog()) + "\n";
            case json -> Json.write(result) + "\n";
            case markdown -> MarkdownReport.render(result, advisor.catalog());
            case html -> HtmlReport.render(result, advisor.catalog());
            case sarif -> Json.write(AssessmentSarif.of(CliVersion.version(), result, inputUri(), advisor.catalog()))
                    + "\n";
        });
        return 0;
    }

    /** The input file as a URI reference for SARIF: relative as given, absolute as a file URI; null for stdin. */
    private String inputUri() {
        if ("-".equals(file)) {
            return null;
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        try {
            return new java.net.URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** What the reader thread parsed, or what it failed with, as if read here. */
    private JsonNode parsedInput() throws IOException {
        try {
            return input.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
