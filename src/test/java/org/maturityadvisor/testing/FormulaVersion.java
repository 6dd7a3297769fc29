package org.maturityadvisor.testing;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.maturityadvisor.ruleset.RuleFile;
import org.maturityadvisor.ruleset.RuleSetArchive;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.ruleset.RuleSetVersion;
import org.maturityadvisor.store.RuleSetStore;
import org.maturityadvisor.store.VersionOrigin;

/**
 * A rule-set version holding the formula cell that used to run code when a table was compiled (H of ms-data-pipeline
 * creates {@code marker}), stored as an older release could have stored it, before formulas were refused.
 */
public record FormulaVersion(String hash, int row, Path marker) {

    public static FormulaVersion storeInto(RuleSetStore store, Path temp) {
        Path marker = temp.resolve("formula-ran");
        RulesFixture rules = RulesFixture.copyOfShipped(temp.resolve("formula-rules"));
        int row = rules.rowOf("ms-data-pipeline");
        rules.setFormula("H" + row, "CHAR(34)&\"); new java.io.File(\"\"" + marker + "\"\").createNewFile(); //\"");
        List<RuleFile> files = RuleSetLoader.read(rules.directory());
        String hash = RuleSetVersion.of(files);
        store.record(hash, RuleSetArchive.pack(files), "old-release", "stored before formulas were refused", VersionOrigin.DRAFT,
                OffsetDateTime.now());
        return new FormulaVersion(hash, row, marker);
    }
}
