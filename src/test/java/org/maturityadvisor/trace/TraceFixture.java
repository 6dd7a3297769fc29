package org.maturityadvisor.trace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.maturityadvisor.testing.RulesFixture;

/**
 * The shipped rules plus one small gated model of our own, {@code tiny}, as a CSV table: two levels, two dimensions,
 * five criteria whose lines the trace tests name. Expectations about the shipped tables stay in scenarios/.
 */
final class TraceFixture {

    static final String FILE = "tiny.drl.csv";

    static final String TABLE = """
            RuleSet,org.maturityadvisor.rules.tiny
            Import,"org.maturityadvisor.definition.ModelRow, org.maturityadvisor.definition.LevelRow"

            RuleTable Model
            ACTION,ACTION,ACTION,ACTION

            "ModelRow m = ModelRow.id(""$param""); insert(m);","m.name(""$param"");","m.source(""$param"");","m.kind(""$param"");"
            Model id,Model name,Source,Kind
            tiny,Tiny ladder,trace tests,gated

            RuleTable Levels
            ACTION,ACTION,ACTION,ACTION

            "LevelRow l = LevelRow.model(""$param""); insert(l);","l.level(""$param"");","l.name(""$param"");","l.description(""$param"");"
            Model,Level,Level name,Description
            tiny,0,None,nothing yet
            tiny,1,Tracked,the basics
            tiny,2,Governed,more

            RuleTable Dimensions
            ACTION,ACTION

            "DimensionRow d = DimensionRow.model(""$param""); insert(d);","d.name(""$param"");"
            Model,Dimension
            tiny,Build
            tiny,Governance

            RuleTable Criteria
            ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION,ACTION

            "CriterionRow c = CriterionRow.id(""$param""); insert(c);","c.model(""$param"");","c.level(""$param"");","c.dimension(""$param"");","c.text(""$param"");","c.practice(""$param"");","c.required(""$param"");","c.remediation(""$param"");","c.effort(""$param"");","c.appliesWhen(""$param"");"
            Criterion id,Model,Level,Dimension,Criterion,Practice,Required value,Remediation,Effort,Applies when
            tiny-pipeline,tiny,1,Build,Is there a data pipeline?,creation.data-pipeline,yes,Build one.,small,
            tiny-inventory,tiny,1,Governance,Is there a model inventory?,governance.model-inventory,yes,Keep one.,small,
            tiny-tracking,tiny,2,Build,Are experiments tracked centrally?,creation.experiment-tracking,centralized,Track them.,medium,
            tiny-audit,tiny,2,Governance,Is there an audit trail?,governance.audit-trail,yes,Keep one.,large,
            tiny-canary,tiny,2,Build,Are releases canaried?,release.method,ci-cd-pipeline,Canary them.,small,inference = real-time|both
            """;

    private TraceFixture() {
    }

    static Path directory(Path temp) {
        Path directory = RulesFixture.copyOfShipped(temp.resolve("rules")).directory();
        try {
            Files.writeString(directory.resolve(FILE), TABLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }
}
