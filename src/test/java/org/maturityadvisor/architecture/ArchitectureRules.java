package org.maturityadvisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;

/**
 * The rules of the project's shape, written for any root package so that a fixture can show each one failing: an
 * allow-list of which package may use which, no cycle between packages, and a core that uses only plain Java.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** The first package under {@code root} a class is in; null for a class of the root package itself. */
    static String packageOf(JavaClass type, String root) {
        String name = type.getPackageName();
        if (!name.startsWith(root + ".")) {
            return null;
        }
        String rest = name.substring(root.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** Every package under {@code root} that holds a class and has no entry in the allow-list. */
    static Set<String> packagesWithoutEntry(JavaClasses classes, String root, Map<String, Set<String>> mayUse) {
        Set<String> missing = new TreeSet<>();
        for (JavaClass type : classes) {
            String own = packageOf(type, root);
            if (own != null && !mayUse.containsKey(own)) {
                missing.add(own);
            }
        }
        return missing;
    }

    /** Each package uses, of the project's packages, only itself and those its entry lists. */
    static ArchRule allowList(String root, Map<String, Set<String>> mayUse) {
        List<ArchRule> rules = new ArrayList<>();
        mayUse.forEach((own, allowed) -> {
            String[] forbidden = mayUse.keySet().stream()
                    .filter(other -> !other.equals(own) && !allowed.contains(other))
                    .map(other -> root + "." + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                rules.add(noClasses().that().resideInAPackage(root + "." + own + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .as(own + " may use only " + (allowed.isEmpty() ? "itself" : new TreeSet<>(allowed)))
                        .allowEmptyShould(true));
            }
        });
        return CompositeArchRule.of(rules).as("each package uses only the packages its entry allows");
    }

    /** No two packages under {@code root} depend on each other, directly or around a loop. */
    static ArchRule noCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    /** The core's classes use only each other and the plain-Java packages listed. */
    static ArchRule plainJava(String root, Set<String> core, Set<String> javaPackages) {
        String[] allowed = Stream.concat(core.stream().map(p -> root + "." + p + ".."), javaPackages.stream())
                .toArray(String[]::new);
        String[] corePackages = core.stream().map(p -> root + "." + p + "..").toArray(String[]::new);
        return classes().that().resideInAnyPackage(corePackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .as("the core (" + new TreeSet<>(core) + ") uses only itself and " + new TreeSet<>(javaPackages));
    }
}
