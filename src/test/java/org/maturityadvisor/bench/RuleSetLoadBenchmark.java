package org.maturityadvisor.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A warm load of the shipped rules directory: read every file, check every cell, build the definitions and the
 * engine, and explain an empty team (what every load path does, a draft's validation included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RuleSetLoadBenchmark {

    private List<RuleFile> files;

    @Setup
    public void read() {
        files = RuleSetLoader.read(Path.of("rules"));
    }

    @Benchmark
    public Advisor loadShippedRules() {
        return RuleSetLoader.load(files);
    }
}
