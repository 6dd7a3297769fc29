package org.maturityadvisor.ruleset;

import java.util.List;
import java.util.ServiceLoader;

import org.maturityadvisor.assessment.RuleEngine;
import org.maturityadvisor.definition.Definitions;

/**
 * The port to the rules engine's compiler, the twin of {@link RuleEngine}: it turns the repository's DRL files and a
 * rule set's checked {@link Definitions} into an engine. Its one implementation lives in {@code org.maturityadvisor.kie}
 * and is found through {@link ServiceLoader} ({@code META-INF/services}), so no package but kie names a KIE class.
 * It speaks in {@link RuleFile}s, which is why it sits here and not in the core, which knows no files.
 */
public interface RuleCompiler {

    /**
     * @param drls the rule set's {@code *.drl} files, which only the repository changes
     * @throws org.maturityadvisor.definition.RuleSetException naming the DRL file and line of every problem
     */
    RuleEngine compile(Definitions definitions, List<RuleFile> drls);

    /** Starts building these DRL files in the background, to overlap reading the tables; {@link #compile} waits. */
    void startBuilding(List<RuleFile> drls);

    /** Starts loading the rules the jar carries compiled, before any rules directory is read. */
    void startLoadingBundled();

    /** The compiler on the class path. */
    static RuleCompiler installed() {
        return Installed.COMPILER;
    }

    /** Looked up once, on first use. */
    final class Installed {
        private static final RuleCompiler COMPILER = ServiceLoader.load(RuleCompiler.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no RuleCompiler on the class path (the kie package)"));

        private Installed() {
        }
    }
}
