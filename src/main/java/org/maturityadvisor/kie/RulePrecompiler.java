package org.maturityadvisor.kie;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.drools.base.util.Drools;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * Run by the build ({@code process-classes}, see pom.xml), never by the application: compiles the repository's
 * {@code rules/*.drl} into Drools' executable model and writes the generated classes and an index (the DRL's key, the
 * Drools version, the model classes) under {@link PrecompiledRules#DIRECTORY} in the classes directory, so that the
 * jar carries the knowledge base ready to load. Only the repository's DRL is compiled; no table is read. Skips the
 * work when the index already names this DRL and this Drools and no class was compiled after it.
 *
 * <p>Arguments: the rules directory and the classes directory (target/classes).
 */
public final class RulePrecompiler {

    private static final String MODEL_VERSION_LINE = "Drools-Model-Version:";

    private RulePrecompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RulePrecompiler RULES_DIR CLASSES_DIR");
        }
        Path classes = Path.of(args[1]);
        List<RuleFile> drls = drls(Path.of(args[0]));
        String key = KieRuleCompiler.key(drls);
        Path index = classes.resolve(PrecompiledRules.INDEX);
        if (upToDate(index, key, classes)) {
            return;
        }
        Map<String, byte[]> module;
        try {
            module = KieBaseBuilder.buildExecutableModel(KieRuleCompiler.sources(drls), releaseId(),
                    KieRuleCompiler::locate);
        } catch (RuleSetException e) {
            throw new IllegalStateException("the repository's DRL does not compile: " + e.problems(), e);
        } finally {
            stopCompilerThreads();
        }
        write(classes, key, module);
        System.out.println("[precompiled rules] " + drls.size() + " DRL files, key " + key);
    }

    /**
     * Ends the threads the build started: Drools compiles on a pool of its own ({@code ForkJoinPool-N-worker-M},
     * daemon threads that ignore an interrupt and idle for a minute). exec:java runs this main in a thread group that
     * it interrupts and joins when main returns, so a live worker cost the build 15 s of waiting and a warning
     * (see a thread dump of the build: {@code KnowledgeBuilderImpl$ForkJoinPoolHolder$1}). The build is over here, so
     * the pool is shut down; in the service, which keeps compiling uploaded DRL, it stays.
     */
    static void stopCompilerThreads() {
        ForkJoinPool pool = KnowledgeBuilderImpl.ForkJoinPoolHolder.COMPILER_POOL;
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                System.err.println("[precompiled rules] Drools' compiler threads did not end within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The .drl files of the directory, read as the service reads a rules directory. */
    static List<RuleFile> drls(Path directory) {
        return RuleFile.readDirectory(directory).stream().filter(RuleFile::isDrl).toList();
    }

    private static ReleaseId releaseId() {
        return KieBaseBuilder.withKieClassLoader(() -> KieServices.Factory.get()
                .newReleaseId("org.maturityadvisor", "precompiled-rules", "1"));
    }

    /** The index is this DRL's and this Drools', and newer than every class the generated code was compiled against. */
    private static boolean upToDate(Path index, String key, Path classes) throws IOException {
        if (!Files.isRegularFile(index)) {
            return false;
        }
        Properties written = new Properties();
        try (var in = Files.newInputStream(index)) {
            written.load(in);
        }
        if (!key.equals(written.getProperty(PrecompiledRules.KEY))
                || !Drools.getFullVersion().equals(written.getProperty(PrecompiledRules.DROOLS))) {
            return false;
        }
        FileTime generated = Files.getLastModifiedTime(index);
        Path own = classes.resolve(PrecompiledRules.DIRECTORY);
        try (Stream<Path> all = Files.walk(classes)) {
            return all.filter(p -> !p.startsWith(own) && p.toString().endsWith(".class"))
                    .noneMatch(p -> newer(p, generated));
        }
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void write(Path classes, String key, Map<String, byte[]> module) throws IOException {
        Path root = classes.resolve(PrecompiledRules.DIRECTORY);
        deleteRecursively(root);
        Path target = classes.resolve(PrecompiledRules.CLASSES);
        String models = null;
        for (Map.Entry<String, byte[]> file : module.entrySet()) {
            if (file.getKey().endsWith(".class")) {
                Path out = target.resolve(file.getKey());
                Files.createDirectories(out.getParent());
                Files.write(out, file.getValue());
            } else if (file.getKey().endsWith("/drools-model")) {
                models = new String(file.getValue(), StandardCharsets.UTF_8).lines()
                        .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(MODEL_VERSION_LINE))
                        .collect(Collectors.joining(","));
            }
        }
        if (models == null || models.isEmpty()) {
            throw new IllegalStateException("Drools generated no model class list (drools-model) for the DRL");
        }
        // written by hand rather than by Properties.store, which adds the date: the same DRL gives the same jar entry
        Files.writeString(classes.resolve(PrecompiledRules.INDEX), String.join("\n",
                "# rules/*.drl compiled into Drools' executable model by RulePrecompiler at build time",
                PrecompiledRules.KEY + "=" + key,
                PrecompiledRules.DROOLS + "=" + Drools.getFullVersion(),
                PrecompiledRules.MODELS + "=" + models, ""));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
