package org.maturityadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code, as an allow-list: each package names the packages of this project it may use, a package
 * without an entry fails the build, no package cycle is allowed, and the core (classification, explanation, simulation
 * and the reports made from them) uses only plain Java. {@link ArchitectureRulesTest} shows each rule failing on a
 * fixture.
 */
@AnalyzeClasses(packages = "org.maturityadvisor",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotGeneratedRules.class})
class ArchitectureTest {

    static final String ROOT = "org.maturityadvisor";

    /** The core: no framework, web, JSON, storage or KIE type, and nothing of the packages around it. */
    static final Set<String> CORE = Set.of("wire", "catalog", "definition", "assessment", "simulation", "gate",
            "report", "trace");

    /** The only JDK packages the core needs: not java.sql, java.net, java.nio.file, logging or any library. */
    static final Set<String> PLAIN_JAVA = Set.of("java.lang..", "java.util..", "java.math..", "java.time..",
            "java.text..", "java.security..", "java.nio.charset..");

    /** Each package, and the packages of this project it may use (beside itself): the whole allowed graph. */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            // the core, inside out
            entry("wire", Set.of()),
            entry("catalog", Set.of("wire")),
            entry("definition", Set.of("wire", "catalog")),
            entry("assessment", Set.of("wire", "catalog", "definition")),
            entry("simulation", Set.of("wire", "catalog", "definition", "assessment")),
            entry("gate", Set.of("catalog", "definition", "assessment")),
            entry("report", Set.of("catalog", "definition", "assessment", "simulation")),
            entry("trace", Set.of("wire", "catalog", "definition", "assessment")),
            // reading input and rule sets, and the one adapter of the rules engine
            entry("input", Set.of("catalog", "assessment", "simulation")),
            entry("ruleset", Set.of("catalog", "definition", "assessment", "scan", "trace")),
            entry("kie", Set.of("catalog", "definition", "assessment", "ruleset")),
            entry("json", Set.of("wire")),
            entry("scenario", Set.of("catalog", "assessment", "simulation", "input", "json", "scan")),
            entry("scan", Set.of("wire", "catalog")),
            entry("coverage", Set.of("wire", "catalog", "definition", "assessment", "scenario")),
            // settings, storage, the active rule set and its life cycle
            entry("config", Set.of("catalog", "input", "ruleset", "scan")),
            entry("problem", Set.of()),
            entry("organisation", Set.of()),
            entry("storage", Set.of("config")),
            entry("store", Set.of("wire", "catalog", "assessment", "organisation")),
            entry("runtime", Set.of("catalog", "assessment", "ruleset", "config", "scan")),
            entry("lifecycle", Set.of("catalog", "definition", "assessment", "simulation", "report", "input",
                    "ruleset", "scenario", "scan", "json", "config", "store", "runtime", "coverage", "trace")),
            entry("teams", Set.of("wire", "catalog", "definition", "assessment", "simulation", "input", "ruleset",
                    "config", "store", "runtime", "lifecycle", "scan", "organisation")),
            // the edges: operations, access, HTTP, pages, the command line
            entry("ops", Set.of("assessment", "simulation", "ruleset", "runtime", "lifecycle", "teams", "store",
                    "organisation")),
            entry("security", Set.of("wire", "catalog", "config", "problem", "store", "organisation")),
            entry("web", Set.of("wire", "catalog", "definition", "assessment", "simulation", "report", "input", "ruleset",
                    "json", "config", "problem", "store", "runtime", "lifecycle", "teams", "security", "scan", "coverage",
                    "trace", "organisation")),
            entry("workbench", Set.of("catalog", "definition", "assessment", "simulation", "report", "input",
                    "ruleset", "config", "store", "runtime", "lifecycle", "teams", "security", "web", "scan", "coverage",
                    "trace", "organisation")),
            entry("cli", Set.of("catalog", "definition", "assessment", "simulation", "gate", "report", "input",
                    "ruleset", "json", "scenario", "scan", "lifecycle", "store", "coverage", "trace")));

    /** The rules the build compiles into Drools' executable model: generated, not ours to shape. */
    static final class NotGeneratedRules implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/maturityadvisor/rules/");
        }
    }

    @ArchTest
    static void everyPackageHasAnEntry(JavaClasses classes) {
        assertThat(ArchitectureRules.packagesWithoutEntry(classes, ROOT, MAY_USE))
                .as("packages with no entry in ArchitectureTest.MAY_USE: say what each may use").isEmpty();
    }

    @ArchTest
    static final ArchRule eachPackageUsesOnlyWhatItsEntryAllows = ArchitectureRules.allowList(ROOT, MAY_USE);

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.noCycles(ROOT);

    @ArchTest
    static final ArchRule coreIsPlainJava = ArchitectureRules.plainJava(ROOT, CORE, PLAIN_JAVA);

    @ArchTest
    static final ArchRule onlyKieAdapterTouchesKie = noClasses().that().resideOutsideOfPackage(ROOT + ".kie..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .as("only org.maturityadvisor.kie adapts the KIE API");

    @ArchTest
    static final ArchRule onlyDataPagesTouchesH2 = noClasses().that()
            .haveNameNotMatching("org\\.maturityadvisor\\.storage\\.DataPages(\\$.*)?")
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..")
            .as("only DataPages reads H2's internals; everything else sees JDBC");
}
