package org.maturityadvisor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import tools.jackson.databind.json.JsonMapper;

/**
 * In-process cost of one assessment on the shipped rules (every model, the target and the full explained chain), and
 * of the same request's JSON parse and response serialisation alone, for the sample team (Microsoft practices only)
 * and for a team that answered the whole questionnaire. See docs/BENCHMARKS.md for how to run it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AssessmentBenchmark {

    private final JsonMapper json = JsonMapper.builder().build();
    private Advisor advisor;
    private String request;
    private TeamProfile team;
    private AssessmentResult result;

    @Param({"docs/examples/team.json", "docs/examples/full-questionnaire.json"})
    public String input;

    /**
     * Which knowledge base evaluates: the one the build bundles (Drools' executable model, what the repository's DRL
     * gets), or the same DRL compiled at run time by the classic compiler (what any other DRL gets; a comment
     * appended to one file makes it other DRL).
     */
    @Param({"bundled", "run-time"})
    public String rules;

    @Setup
    public void setUp() throws IOException {
        List<RuleFile> files = RuleSetLoader.read(Path.of("rules")).stream()
                .map(file -> rules.equals("run-time") && file.name().equals("target.drl")
                        ? new RuleFile(file.name(), (new String(file.content(), StandardCharsets.UTF_8)
                                + "\n// compiled at run time\n").getBytes(StandardCharsets.UTF_8))
                        : file)
                .toList();
        advisor = RuleSetLoader.load(files);
        request = Files.readString(Path.of(input));
        team = TeamInputReader.read(request, advisor.catalog());
        result = advisor.assess(team);
    }

    /** Rules fired, facts collected, explained chain and summary built. */
    @Benchmark
    public AssessmentResult assessFullChain() {
        return advisor.assess(team);
    }

    /** The request's JSON parsed and checked against the catalog into typed answers. */
    @Benchmark
    public TeamProfile parseRequest() {
        return TeamInputReader.read(request, advisor.catalog());
    }

    /** The response serialised to JSON. */
    @Benchmark
    public String serialiseResponse() {
        return json.writeValueAsString(result);
    }

    /** What POST /api/assessments does in-process: parse, assess, serialise. */
    @Benchmark
    public String parseAssessSerialise() {
        return json.writeValueAsString(advisor.assess(TeamInputReader.read(request, advisor.catalog())));
    }
}
