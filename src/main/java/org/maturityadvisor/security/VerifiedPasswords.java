package org.maturityadvisor.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A short memory of passwords that were checked and found right, so that a script signing in with HTTP Basic on every
 * request pays the password hash once a minute rather than every time (about 90 ms each, docs/BENCHMARKS.md).
 *
 * <p>No password is kept: an entry holds a keyed hash (HMAC-SHA256 under a random key made when the service starts and
 * never written anywhere) of the name and the password presented, the user's {@link UserAccount#credentialStamp()
 * credential stamp} at the check, and when it expires. A request matches only with the same name and password, while
 * the stored user still has that stamp: a new password, a disable, a role change or a delete changes the stamp (on
 * every replica, since the stamp is read from the database at each request), and {@link BrowserSessions} forgets the
 * user at once on this one. Only successful checks are remembered; one entry per user (the newest), at most
 * {@code capacity} users (least recently used out first).
 */
final class VerifiedPasswords {

    private final Duration lifetime;
    private final int capacity;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    private record Entry(byte[] proof, String stamp, Instant expires) {
    }

    /** @param lifetime how long a check is remembered; zero or less remembers nothing */
    VerifiedPasswords(Duration lifetime, int capacity, Clock clock) {
        this.lifetime = lifetime;
        this.capacity = capacity;
        this.clock = clock;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > VerifiedPasswords.this.capacity;
            }
        };
    }

    boolean enabled() {
        return !lifetime.isNegative() && !lifetime.isZero() && capacity > 0;
    }

    /** Whether {@code password} was found right for {@code name} within the lifetime, while the user had {@code stamp}. */
    boolean verified(String name, String password, String stamp) {
        if (!enabled()) {
            return false;
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(name);
        }
        return entry != null && entry.stamp().equals(stamp) && clock.instant().isBefore(entry.expires())
                && MessageDigest.isEqual(entry.proof(), proof(name, password));
    }

    /** Remembers a check that found {@code password} right for {@code name}, whose stamp was {@code stamp}. */
    void remember(String name, String password, String stamp) {
        if (!enabled()) {
            return;
        }
        Entry entry = new Entry(proof(name, password), stamp, clock.instant().plus(lifetime));
        synchronized (entries) {
            entries.put(name, entry);
        }
    }

    /** Forgets {@code name}'s checks: their password, role or state changed, or they were deleted. */
    void forget(String name) {
        synchronized (entries) {
            entries.remove(name);
        }
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    private byte[] proof(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
