package org.maturityadvisor.ruleset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.ruleset.RuleFile;

/**
 * Builds a draft rule set from what an analyst uploads: one table (or {@code practices.csv}, or the detector table
 * {@code detectors.csv}) replacing its namesake
 * in the baseline, or a zip of the whole rules directory. A zip is read defensively: only plain file names at its
 * root (or under one top folder), no paths, no {@code ..}, at most {@value #MAX_ENTRIES} files, each at most
 * {@value #MAX_FILE_BYTES} bytes once unpacked and {@value #MAX_TOTAL_BYTES} in all, counted while unpacking; the
 * entries it skips (folders, hidden and editor files) are never unpacked at all.
 */
public final class DraftFiles {

    public static final int MAX_FILE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_TOTAL_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ENTRIES = 200;
    private static final String DRL_ONLY_IN_REPOSITORY = "DRL changes only through the repository";
    private static final List<String> SPREADSHEET_SUFFIXES = List.of(".xlsx", ".xls", ".csv", ".ods", ".xlsm");

    /** The files of a draft, and what was refused while building it (the draft is refused if any is an error). */
    public record Draft(List<RuleFile> files, List<Finding> findings) {

        public Draft {
            files = List.copyOf(files);
            findings = List.copyOf(findings);
        }
    }

    private DraftFiles() {
    }

    /** The baseline with {@code name} replaced by (or, for a new table, added as) the uploaded content. */
    public static Draft fromUpload(String name, byte[] content, List<RuleFile> baseline) {
        List<Finding> findings = new ArrayList<>();
        nameProblem(name).ifPresent(message -> findings.add(Finding.error(FindingKind.MISPLACED_FILE, name, message)));
        if (content.length > MAX_FILE_BYTES) {
            findings.add(Finding.error(FindingKind.TOO_LARGE, name, "is larger than " + MAX_FILE_BYTES + " bytes"));
        }
        if (!findings.isEmpty()) {
            return new Draft(baseline, findings);
        }
        Map<String, RuleFile> files = new LinkedHashMap<>();
        baseline.forEach(file -> files.put(file.name(), file));
        files.put(name, new RuleFile(name, content));
        return new Draft(sorted(files), findings);
    }

    /** An upload by its file name: a zip of the rules directory, or one table replacing its namesake. */
    public static Draft fromNamedUpload(String name, byte[] content, List<RuleFile> baseline) {
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? fromZip(content)
                : fromUpload(name, content, baseline);
    }

    /** Every file of a zip of the rules directory. */
    public static Draft fromZip(byte[] zip) {
        List<Finding> findings = new ArrayList<>();
        Map<String, byte[]> entries = unzip(zip, findings);
        String root = commonFolder(entries.keySet());
        Map<String, RuleFile> files = new LinkedHashMap<>();
        entries.forEach((path, content) -> {
            String name = root.isEmpty() ? path : path.substring(root.length());
            if (name.contains("/")) {
                findings.add(Finding.error(FindingKind.MISPLACED_FILE, path, "is in a folder inside the zip; zip the "
                        + "files of the rules "
                        + "directory itself, without sub-folders"));
            } else {
                files.put(name, new RuleFile(name, content));
            }
        });
        if (files.isEmpty() && findings.isEmpty()) {
            findings.add(Finding.error(FindingKind.MISSING_FILE, "upload", "the zip holds no rules files"));
        }
        return new Draft(sorted(files), findings);
    }

    /** A rules directory, a zip of one, or one table (replacing its namesake in the baseline). */
    public static Draft read(Path path, List<RuleFile> baseline) {
        if (Files.isDirectory(path)) {
            return new Draft(RuleSetLoader.read(path), List.of());
        }
        try {
            byte[] content = Files.readAllBytes(path);
            String name = path.getFileName().toString();
            return name.toLowerCase(Locale.ROOT).endsWith(".zip") ? fromZip(content)
                    : fromUpload(name, content, baseline);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * The files a draft may not change: DRL and everything else that is not a table or the catalog must be the
     * template's, byte for byte; a draft needs the catalog and at least one table.
     */
    static List<Finding> checkAgainst(List<RuleFile> draft, List<RuleFile> template) {
        List<Finding> findings = new ArrayList<>();
        Map<String, RuleFile> templateFiles = new LinkedHashMap<>();
        template.forEach(file -> templateFiles.put(file.name(), file));
        Set<String> names = new HashSet<>();
        for (RuleFile file : draft) {
            names.add(file.name());
            RuleFile theirs = templateFiles.get(file.name());
            if (editable(file.name()) || theirs != null && Arrays.equals(theirs.content(), file.content())) {
                continue;
            }
            findings.add(Finding.error(FindingKind.MISPLACED_FILE, file.name(),
                    nameProblem(file.name()).orElse("differs from the active "
                    + "rule set's; only the tables, " + RuleSetLoader.CATALOG + " and " + DetectorReader.FILE
                    + " change in a draft (this file changes only through the repository)")));
        }
        templateFiles.keySet().stream().filter(name -> !editable(name) && !names.contains(name))
                .forEach(name -> findings.add(Finding.error(FindingKind.MISSING_FILE, name, "is missing from the "
                        + "draft: "
                        + (name.endsWith(".drl") ? DRL_ONLY_IN_REPOSITORY : "it changes only through the repository"))));
        if (!names.contains(RuleSetLoader.CATALOG)) {
            findings.add(Finding.error(FindingKind.MISSING_FILE, RuleSetLoader.CATALOG, "is missing: the practice "
                    + "catalog is required"));
        }
        if (draft.stream().noneMatch(file -> RuleSetValidator.isTable(file.name()))) {
            findings.add(Finding.error(FindingKind.MISSING_FILE, "rules/", "the draft has no decision table "
                    + "(*.drl.xlsx or *.drl.csv)"));
        }
        return findings;
    }

    /** The files an analyst changes by upload: the tables, the practice catalog and the detector table. */
    private static boolean editable(String name) {
        return RuleSetLoader.CATALOG.equals(name) || DetectorReader.FILE.equals(name)
                || RuleSetValidator.isTable(name);
    }

    /** Why a file of this name cannot be uploaded as a table, or empty when it can. */
    private static Optional<String> nameProblem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.contains("..")
                || name.startsWith(".")) {
            return Optional.of("is not a plain file name");
        }
        if (editable(name)) {
            return Optional.empty();
        }
        if (lower.endsWith(".drl")) {
            return Optional.of(DRL_ONLY_IN_REPOSITORY + "; a draft may change only the tables, "
                    + RuleSetLoader.CATALOG + " and " + DetectorReader.FILE);
        }
        if (SPREADSHEET_SUFFIXES.stream().anyMatch(lower::endsWith)) {
            return Optional.of("Drools compiles only tables named *.drl.xlsx, *.drl.xls or *.drl.csv and "
                    + "would silently ignore this one; rename it (for example to " + name.substring(0,
                    name.lastIndexOf('.')) + ".drl.xlsx)");
        }
        return Optional.of("is not a table (*.drl.xlsx, *.drl.xls, *.drl.csv), " + RuleSetLoader.CATALOG
                + " or " + DetectorReader.FILE + "; other files change only through the repository");
    }

    /**
     * The entries to read, taken from the zip's central directory: an entry that is skipped (a folder, a hidden or
     * editor file) is never inflated, and each one read may inflate only what is left of the total.
     */
    private static Map<String, byte[]> unzip(byte[] zip, List<Finding> findings) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (zip.length == 0) {
            return entries;
        }
        long total = 0;
        try (ZipFile archive = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
            for (ZipArchiveEntry entry : Collections.list(archive.getEntriesInPhysicalOrder())) {
                String path = entry.getName();
                if (entry.isDirectory() || ignored(path)) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    findings.add(Finding.error(FindingKind.TOO_LARGE, "upload", "the zip holds more than "
                            + "" + MAX_ENTRIES + " files"));
                    break;
                }
                if (path.startsWith("/") || path.contains("\\") || path.contains(":")
                        || Arrays.asList(path.split("/")).contains("..")) {
                    findings.add(Finding.error(FindingKind.MISPLACED_FILE, path, "is not a plain path inside the zip "
                            + "(absolute, .. or \\): "
                            + "refused"));
                    continue;
                }
                long left = MAX_TOTAL_BYTES - total;
                byte[] content;
                try (InputStream in = archive.getInputStream(entry)) {
                    content = readAtMost(in, (int) Math.min(MAX_FILE_BYTES, left));
                }
                if (content == null) {
                    findings.add(left < MAX_FILE_BYTES
                            ? Finding.error(FindingKind.TOO_LARGE, "upload", "the zip unpacks to more than "
                            + "" + MAX_TOTAL_BYTES + " bytes: refused")
                            : Finding.error(FindingKind.TOO_LARGE, path, "unpacks to more than "
                            + "" + MAX_FILE_BYTES + " bytes: refused"));
                    break;
                }
                total += content.length;
                if (entries.put(path, content) != null) {
                    findings.add(Finding.error(FindingKind.MISPLACED_FILE, path, "is in the zip twice"));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            findings.add(Finding.error(FindingKind.UNREADABLE_FILE, "upload", "is not a readable zip: "
                    + "" + e.getMessage()));
        }
        if (entries.isEmpty() && findings.isEmpty()) {
            findings.add(Finding.error(FindingKind.UNREADABLE_FILE, "upload", "is not a zip or holds no files"));
        }
        return entries;
    }

    /** The bytes of the current entry, or null once they pass the limit (whatever the entry claims its size is). */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            if (out.size() + read > limit) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    /** The one folder every entry is in ("rules/"), or "" when the files are at the zip's root. */
    private static String commonFolder(Set<String> paths) {
        Set<String> roots = new HashSet<>();
        for (String path : paths) {
            int slash = path.indexOf('/');
            roots.add(slash < 0 ? "" : path.substring(0, slash + 1));
        }
        return roots.size() == 1 ? roots.iterator().next() : "";
    }

    /** Editor lock files, hidden files and macOS metadata are not part of a rule set. */
    private static boolean ignored(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || name.startsWith(".") || name.startsWith("~$") || name.endsWith("~");
    }

    private static List<RuleFile> sorted(Map<String, RuleFile> files) {
        return files.values().stream().sorted(Comparator.comparing(RuleFile::name)).toList();
    }
}
