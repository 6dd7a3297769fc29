package org.maturityadvisor.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.maturityadvisor.config.AdvisorProperties;
import org.maturityadvisor.store.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * No set-up: when the database has no user yet, creates {@code admin} with {@code maturity.security.admin-password}
 * ({@code MATURITY_ADMIN_PASSWORD}) or, when that is unset, a generated password written once to
 * {@code <data-dir>/initial-admin-password}, readable by its owner only. The log says where, never the password.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    static final String NAME = "admin";
    static final String FILE = "initial-admin-password";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserStore users;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final Path dataDir;
    private final SecurityAudit audit;

    InitialAdmin(UserStore users, PasswordEncoder encoder, SecuritySettings settings, AdvisorProperties properties,
                 SecurityAudit audit) {
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.dataDir = properties.dataDir();
        this.audit = audit;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!users.isEmpty()) {
            return;
        }
        String configured = settings.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generate() : configured;
        if (!users.create(NAME, encoder.encode(password), Role.ADMIN, audit.now())) {
            return; // another replica created it a moment ago
        }
        audit.record("system", AuditAction.USER_CREATED, "first start: no user existed", NAME + " as admin");
        if (generated) {
            Path file = write(password);
            LOG.warn("Created user '{}' with a generated password, written to {} (owner-only). Sign in with it and"
                    + " change it: PUT /api/users/me/password", NAME, file.toAbsolutePath());
        } else {
            LOG.info("Created user '{}' with the password from maturity.security.admin-password", NAME);
        }
    }

    private static String generate() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private Path write(String password) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file); // left from a database since wiped: its password no longer works
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the initial admin password to " + file, e);
        }
    }
}
