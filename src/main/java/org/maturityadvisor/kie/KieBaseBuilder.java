package org.maturityadvisor.kie;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.runtime.KieContainer;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;
import org.maturityadvisor.definition.RuleSetProblem;

/**
 * Builds one KieBase from the repository's DRL files with the classic compiler (Java dialect: consequences compiled to
 * bytecode), or at build time into the executable model, and refuses it on any error or warning, each reported
 * against the file and line it came from.
 */
final class KieBaseBuilder {

    private static final String RESOURCES = "src/main/resources/";
    private static final String NULL_PACKAGE = "Parser returned a null Package";
    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    private KieBaseBuilder() {
    }

    /** DRL text and the repository's .drl file it came from. */
    record Source(String file, String drl) {

        /** Where the builder reads it: under its package's folder, as Drools expects. */
        String path() {
            String pkg = packageOf(drl);
            return RESOURCES + pkg.replace('.', '/') + (pkg.isEmpty() ? "" : "/") + file.replace('/', '_') + ".drl";
        }
    }

    /**
     * @param locate maps a builder message on a source to the problem an analyst can act on
     */
    static KieContainer build(List<Source> sources, BiFunction<Source, Message, RuleSetProblem> locate) {
        return withKieClassLoader(() -> {
            KieServices kie = KieServices.Factory.get();
            ReleaseId releaseId = kie.newReleaseId("org.maturityadvisor", "rules-" + BUILDS.incrementAndGet(), "1");
            compile(kie, releaseId, sources, locate, KieBuilder::buildAll);
            KieContainer container = kie.newKieContainer(releaseId);
            kie.getRepository().removeKieModule(releaseId);
            return container;
        });
    }

    /**
     * Compiles the sources into Drools' executable model (rules as generated Java, compiled to classes), as the build
     * does for the repository's own DRL ({@link RulePrecompiler}).
     *
     * @return the module's files by path: the generated classes and Drools' descriptors
     */
    static Map<String, byte[]> buildExecutableModel(List<Source> sources, ReleaseId releaseId,
                                                    BiFunction<Source, Message, RuleSetProblem> locate) {
        return withKieClassLoader(() -> {
            KieServices kie = KieServices.Factory.get();
            KieBuilder builder = compile(kie, releaseId, sources, locate,
                    b -> b.buildAll(ExecutableModelProject.class));
            InternalKieModule module = (InternalKieModule) builder.getKieModule();
            Map<String, byte[]> files = new TreeMap<>();
            module.getFileNames().forEach(name -> files.put(name, module.getBytes(name)));
            kie.getRepository().removeKieModule(releaseId);
            return files;
        });
    }

    private static KieBuilder compile(KieServices kie, ReleaseId releaseId, List<Source> sources,
                                      BiFunction<Source, Message, RuleSetProblem> locate,
                                      UnaryOperator<KieBuilder> buildAll) {
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        KieModuleModel module = kie.newKieModuleModel();
        module.newKieBaseModel("rules").setDefault(true).newKieSessionModel("session").setDefault(true);
        files.writeKModuleXML(module.toXML());
        Map<String, Source> byPath = new HashMap<>();
        sources.forEach(source -> {
            byPath.put(source.path(), source);
            files.write(source.path(), source.drl());
        });
        KieBuilder builder = buildAll.apply(kie.newKieBuilder(files));
        List<RuleSetProblem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR, Message.Level.WARNING)) {
            Source source = byPath.get(RESOURCES + message.getPath());
            source = source != null ? source : byPath.get(message.getPath());
            problems.add(source != null ? locate.apply(source, message)
                    : new RuleSetProblem(FindingKind.DRL_ERROR, String.valueOf(message.getPath()), "",
                            firstLine(message.getText())));
        }
        RuleSetException.throwIfAny(withoutEchoes(problems));
        return builder;
    }

    /** KieServices is looked up through the context class loader, which is the JDK's on pool threads. */
    static <T> T withKieClassLoader(Supplier<T> work) {
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        Thread.currentThread().setContextClassLoader(KieBaseBuilder.class.getClassLoader());
        try {
            return work.get();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** Drools follows every parse error with "Parser returned a null Package", which tells an analyst nothing. */
    private static List<RuleSetProblem> withoutEchoes(List<RuleSetProblem> problems) {
        return problems.stream().filter(problem -> !problem.message().endsWith(NULL_PACKAGE)
                || problems.stream().noneMatch(other -> other != problem && other.file().equals(problem.file())))
                .toList();
    }

    /** The package a DRL text declares, or "" for the default package. */
    static String packageOf(String drl) {
        return PACKAGE.matcher(drl).results().map(m -> m.group(1)).findFirst().orElse("");
    }

    static String firstLine(String text) {
        String trimmed = text == null ? "" : text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
