package org.maturityadvisor.scan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries of a tree a scan never reads, by path alone: anything inside {@code .git}, vendored or generated
 * folders (node_modules, virtual environments, caches), paths matching the scan's exclude globs, and folders deeper
 * than the depth limit. The same for every kind of tree.
 */
public final class TreeFilter {

    static final Set<String> VENDORED = Set.of("node_modules", "bower_components", ".venv", "venv", "virtualenv",
            "site-packages", "dist-packages", "__pycache__", ".tox", ".nox", ".mypy_cache", ".pytest_cache",
            ".ruff_cache", ".ipynb_checkpoints", ".eggs", "vendor", ".gradle", ".m2", ".terraform");

    private final List<PathGlob> excluded;
    private final int maxDepth;

    public TreeFilter(List<PathGlob> excluded, int maxDepth) {
        this.excluded = List.copyOf(excluded);
        this.maxDepth = maxDepth;
    }

    public static TreeFilter standard(ScanLimits limits) {
        return new TreeFilter(List.of(), limits.maxDepth());
    }

    /** Why a folder (relative path, forward slashes) is not entered, if it is not. */
    public Optional<SkipReason> folder(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals(".git")) {
            return Optional.of(SkipReason.GIT_INTERNALS);
        }
        if (VENDORED.contains(name)) {
            return Optional.of(SkipReason.VENDORED);
        }
        if (depth(path) > maxDepth) {
            return Optional.of(SkipReason.TOO_DEEP);
        }
        return excludedBy(path);
    }

    /** Why a file (relative path, forward slashes) is not read, if it is not: the folders above it, then itself. */
    public Optional<SkipReason> file(String path) {
        int slash = -1;
        while ((slash = path.indexOf('/', slash + 1)) >= 0) {
            Optional<SkipReason> above = folder(path.substring(0, slash));
            if (above.isPresent()) {
                return above;
            }
        }
        return excludedBy(path);
    }

    private Optional<SkipReason> excludedBy(String path) {
        for (PathGlob glob : excluded) {
            if (glob.matches(path)) {
                return Optional.of(SkipReason.EXCLUDED);
            }
        }
        return Optional.empty();
    }

    private static int depth(String path) {
        int depth = 1;
        for (int i = 0; i < path.length(); i++) {
            depth += path.charAt(i) == '/' ? 1 : 0;
        }
        return depth;
    }
}
