package org.maturityadvisor.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.maturityadvisor.config.AdvisorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The last line a start logs, once the service accepts traffic (the rule set is loaded before the port opens, and
 * readiness comes after every start-up listener): the address to open, with the port actually bound, and how to sign
 * in, e.g. {@code Ready: open http://localhost:8080/ and sign in as admin with the password in
 * /srv/data/initial-admin-password}. Never the password itself.
 */
@Component
class StartLine implements ApplicationListener<AvailabilityChangeEvent<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(StartLine.class);

    private final Environment environment;
    private final UserStore users;
    private final PasswordEncoder encoder;
    private final SecuritySettings settings;
    private final Path passwordFile;
    private final AtomicBoolean said = new AtomicBoolean();

    StartLine(Environment environment, UserStore users, PasswordEncoder encoder, SecuritySettings settings,
              AdvisorProperties properties) {
        this.environment = environment;
        this.users = users;
        this.encoder = encoder;
        this.settings = settings;
        this.passwordFile = properties.dataDir().resolve(InitialAdmin.FILE).toAbsolutePath();
    }

    @Override
    public void onApplicationEvent(AvailabilityChangeEvent<?> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC
                && event.getSource() instanceof WebServerApplicationContext context
                && context.getWebServer() != null && said.compareAndSet(false, true)) {
            LOG.info("Ready: open {} and {}", url(context.getWebServer().getPort()), signIn());
        }
    }

    /** The workbench's address as a browser on this machine reaches it. */
    String url(int port) {
        boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false)
                && (environment.containsProperty("server.ssl.bundle")
                || environment.containsProperty("server.ssl.key-store")
                || environment.containsProperty("server.ssl.certificate"));
        String address = environment.getProperty("server.address", "");
        String host = switch (address) {
            case "", "0.0.0.0", "::", "127.0.0.1", "::1", "localhost" -> "localhost";
            default -> address.contains(":") ? "[" + address + "]" : address;
        };
        String path = environment.getProperty("server.servlet.context-path", "");
        return (tls ? "https" : "http") + "://" + host + ":" + port + path + "/";
    }

    /** Where the first admin's password is, as far as this service knows. */
    String signIn() {
        if (users.find(InitialAdmin.NAME).filter(admin -> !admin.disabled())
                .filter(admin -> matchesFile(admin.passwordHash())).isPresent()) {
            return "sign in as " + InitialAdmin.NAME + " with the password in " + passwordFile;
        }
        String configured = settings.adminPassword();
        if (configured != null && !configured.isBlank() && users.find(InitialAdmin.NAME)
                .filter(admin -> encoder.matches(configured, admin.passwordHash())).isPresent()) {
            return "sign in as " + InitialAdmin.NAME + " with the password set by MATURITY_ADMIN_PASSWORD"
                    + " (maturity.security.admin-password)";
        }
        return "sign in with your account (the first admin's password was changed since"
                + (Files.exists(passwordFile) ? "; " + passwordFile + " no longer holds it)" : ")");
    }

    private boolean matchesFile(String hash) {
        if (!Files.isReadable(passwordFile)) {
            return false;
        }
        try {
            String password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            return !password.isEmpty() && encoder.matches(password, hash);
        } catch (IOException e) {
            return false;
        }
    }
}
