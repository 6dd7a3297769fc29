package org.maturityadvisor.kie;

/** One file of a rule set: its name (relative to the rules directory) and its bytes. */
public record RuleFile(String name, byte[] content) {
}
