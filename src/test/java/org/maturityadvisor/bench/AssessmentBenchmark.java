package org.maturityadvisor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
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

    @Setup
    public void setUp() throws IOException {
        advisor = RuleSetLoader.load(Path.of("rules"));
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
