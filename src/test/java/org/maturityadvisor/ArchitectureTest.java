package org.maturityadvisor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The classification and explanation core is plain Java; only the kie package touches the rules engine. */
@AnalyzeClasses(packages = "org.maturityadvisor", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = {"..catalog..", "..definition..", "..assessment..", "..report..", "..simulation..",
            "..gate.."};

    @ArchTest
    static final ArchRule coreIsPlainJava = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.kie..",
                    "org.drools..", "tools.jackson..", "com.fasterxml..", "jakarta..", "picocli..",
                    "org.apache.commons.csv..")
            .as("the classification and explanation core uses no framework, web, JSON or KIE types");

    @ArchTest
    static final ArchRule onlyKieAdapterTouchesKie = noClasses().that().resideOutsideOfPackage("..kie..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
            .as("only org.maturityadvisor.kie adapts the KIE API");

    @ArchTest
    static final ArchRule onlyDataPagesTouchesH2 = noClasses().that()
            .doNotBelongToAnyOf(DataPages.class)
            .should().dependOnClassesThat().resideInAnyPackage("org.h2..")
            .as("only DataPages reads H2's internals; everything else sees JDBC");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("..kie..", "..web..", "..cli..", "..ruleset..",
                    "..scenario..", "..input..")
            .as("the core depends on nothing outside it");
}
