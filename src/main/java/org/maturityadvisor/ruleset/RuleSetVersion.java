package org.maturityadvisor.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import org.maturityadvisor.ruleset.RuleFile;

/**
 * The id of a rule-set version: a SHA-256 over every file's name and content, so the same rules always have the same
 * id, and any edit to any file (a table, the DRL, the catalog, even the README) gives a new one.
 */
public final class RuleSetVersion {

    private static final int SHOWN_HEX_DIGITS = 16;

    private RuleSetVersion() {
    }

    public static String of(List<RuleFile> files) {
        MessageDigest digest = sha256();
        files.stream().sorted(Comparator.comparing(RuleFile::name)).forEach(file -> {
            byte[] name = file.name().getBytes(StandardCharsets.UTF_8);
            digest.update(lengthPrefix(name.length));
            digest.update(name);
            digest.update(lengthPrefix(file.content().length));
            digest.update(file.content());
        });
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, SHOWN_HEX_DIGITS);
    }

    private static byte[] lengthPrefix(int length) {
        return new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
