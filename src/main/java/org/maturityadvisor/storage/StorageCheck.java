package org.maturityadvisor.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.maturityadvisor.runtime.RuleSetPreloader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Before the application context starts (and so before Flyway migrates the embedded database), H2 opens it read-only
 * and every page of it is read back ({@link DataPages}), while the rules compile on their own thread
 * ({@link RuleSetPreloader}, registered before this). A damaged file stops the start with a message naming it and
 * what to do, as an empty or truncated one does ({@link DataFile}), instead of serving reads while every write fails;
 * and nothing is written into it first (H2 writes a little at every read-write open). PostgreSQL, and H2 in memory or
 * over TCP, are not read back.
 */
public class StorageCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Logger LOG = LoggerFactory.getLogger(StorageCheck.class);
    private static final String DAMAGED = "Starting on it would lose data: H2 serves the reads that miss the damage "
            + "and fails the first write that reaches it, and every write after; or it opens an older version as if "
            + "it were the newest.";

    /** {@code false}: only the file's size and header are checked ({@link DataFile}), for a very large database. */
    static final String SETTING = "maturity.data-read-back";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        String url = environment.getProperty(StorageDefaults.URL, "");
        Optional<Path> file = DataFile.ofUrl(url);
        if (file.isPresent() && !environment.getProperty(SETTING, Boolean.class, true)) {
            LOG.info("{}=false: {} is not read back", SETTING, file.get());
        } else {
            file.ifPresent(data -> readBack(url, environment.getProperty("spring.datasource.username", ""),
                    environment.getProperty("spring.datasource.password", ""), data));
        }
    }

    /** @throws DataFile.Unusable when H2 cannot open the file, or cannot read all of it back */
    static void readBack(String url, String user, String password, Path file) {
        if (!Files.exists(file)) {
            return; // a first start
        }
        long start = System.nanoTime();
        Optional<DataPages.Result> result = Optional.empty();
        // read-only: nothing is written, and a read-only close does not compact (joins the database if already open)
        try (Connection connection = DriverManager.getConnection(url + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r", user,
                password)) {
            result = DataPages.check(connection);
        } catch (SQLException | RuntimeException e) {
            Optional<String> damage = DataPages.damageIn(e);
            if (damage.isPresent()) { // H2 could not even open it
                throw damaged(file, damage.get(), e);
            }
            if (result.isEmpty()) { // not the file's fault (another process holds it, say): Flyway's read-write
                LOG.info("{} not read back: {}", file, e.getMessage()); // open reports it as it always has
                return;
            }
        }
        if (result.isPresent() && result.get().damaged()) {
            throw damaged(file, result.get().damage(), null);
        }
        result.ifPresent(read -> LOG.info("Read back {} pages of {} in {} ms", read.pages(), file,
                (System.nanoTime() - start) / 1_000_000));
    }

    private static DataFile.Unusable damaged(Path file, String damage, Throwable cause) {
        return new DataFile.Unusable(file, "is damaged: H2 cannot read all of it back (" + damage + ")", DAMAGED,
                cause);
    }
}
