package org.maturityadvisor.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.InputOptions;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.ruleset.ScanRules;
import org.maturityadvisor.scan.ClaimedVsObserved;
import org.maturityadvisor.scan.PathGlob;
import org.maturityadvisor.scan.RepositoryTree;
import org.maturityadvisor.scan.RepositoryTrees;
import org.maturityadvisor.scan.ScanLimits;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.scan.Scanner;
import org.maturityadvisor.scan.TreeFilter;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How a repository is scanned, shared by {@code scan}, {@code assess --scan} and {@code gate --scan}: the globs left
 * out and one option per scan limit (the service's {@code maturity.scan.*} settings, with the same defaults).
 */
final class ScanOptions {

    @Option(names = "--exclude", paramLabel = "GLOB", description = "leave out paths matching GLOB (as in "
            + ".gitignore: no / matches a name anywhere; **, *, ?, {a,b}); repeatable")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--max-file-bytes", paramLabel = "N", description = "skip (and count) files larger than N bytes "
            + "(default: ${DEFAULT-VALUE})")
    long maxFileBytes = ScanLimits.DEFAULTS.maxFileBytes();

    @Option(names = "--max-entries", paramLabel = "N", description = "refuse a tree of more than N files "
            + "(default: ${DEFAULT-VALUE})")
    int maxEntries = ScanLimits.DEFAULTS.maxEntries();

    @Option(names = "--max-total-bytes", paramLabel = "N", description = "refuse an archive that inflates beyond N "
            + "bytes (default: ${DEFAULT-VALUE})")
    long maxTotalBytes = ScanLimits.DEFAULTS.maxTotalBytes();

    @Option(names = "--max-depth", paramLabel = "N", description = "skip (and count) folders deeper than N "
            + "(default: ${DEFAULT-VALUE})")
    int maxDepth = ScanLimits.DEFAULTS.maxDepth();

    @Option(names = "--max-ratio", paramLabel = "N", description = "refuse an archive that inflates more than N times "
            + "its size (default: ${DEFAULT-VALUE})")
    int maxRatio = ScanLimits.DEFAULTS.maxRatio();

    @Option(names = "--max-archive-bytes", paramLabel = "N", description = "refuse a .zip or .tar.gz larger than N "
            + "bytes (default: ${DEFAULT-VALUE})")
    long maxArchiveBytes = RepositoryTrees.DEFAULT_MAX_ARCHIVE_BYTES;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The limits given; a limit below 1 is bad usage (exit 2). */
    ScanLimits limits() {
        try {
            if (maxArchiveBytes < 1) {
                throw new IllegalArgumentException("--max-archive-bytes");
            }
            return new ScanLimits(maxFileBytes, maxEntries, maxTotalBytes, maxDepth, maxRatio);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), "every --max-* scan limit is at least 1");
        }
    }

    /** The standard filter with the --exclude globs; a malformed glob is bad usage naming it (exit 2). */
    TreeFilter filter(ScanLimits limits) {
        List<PathGlob> globs = new ArrayList<>();
        for (String text : exclude) {
            PathGlob.Result parsed = PathGlob.parse(text);
            globs.add(parsed.value().orElseThrow(() -> new ParameterException(command.commandLine(),
                    "--exclude " + text + ": " + parsed.refusal())));
        }
        return new TreeFilter(globs, limits.maxDepth());
    }

    /** The scan of the tree at {@code path} with a rule set's detectors. */
    ScanReport scan(Path path, ScanRules rules) throws IOException, ScanRefusedException {
        ScanLimits limits = limits();
        TreeFilter filter = filter(limits);
        return new Scanner(rules.detectors(), rules.version()).scan(open(path), limits, filter);
    }

    /**
     * The team with its answers merged with the scan of its repository (claimed vs observed), judged today: agreeing
     * claims rest on the files, unanswered practices the files show take the observed value, claims not found are
     * flagged.
     */
    TeamProfile merged(TeamProfile team, Path repository, LoadedRuleSet rules) throws IOException,
            ScanRefusedException {
        ScanReport report = scan(repository, ScanRules.of(rules));
        return new TeamProfile(team.team(), team.context(), ClaimedVsObserved.merge(team.answers(), report,
                rules.advisor().catalog(), InputOptions.today().day()));
    }

    /** The tree at a path: a folder, or a .zip or .tar.gz of one (by its first bytes); anything else is refused. */
    RepositoryTree open(Path path) throws IOException, ScanRefusedException {
        return RepositoryTrees.open(path, maxArchiveBytes);
    }
}
