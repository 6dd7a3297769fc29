package org.maturityadvisor.storage;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no database configured, the service stores into an H2 file database under {@code maturity.data-dir} (default
 * {@code data}, relative to the working directory): no set-up at all. Setting {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) to a PostgreSQL URL replaces it. H2 refuses a path that is implicitly relative, so
 * the data directory is made absolute here, and its database file checked ({@link DataFile}).
 */
public class StorageDefaults implements EnvironmentPostProcessor {

    static final String URL = "spring.datasource.url";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty(URL) != null) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty("maturity.data-dir", "data")).toAbsolutePath().normalize();
        DataFile.check(DataFile.of(dataDir)); // an empty or truncated file would open as a new, empty database
        environment.getPropertySources().addLast(new MapPropertySource("maturityStorageDefaults",
                Map.of(URL, h2Url(dataDir), "spring.datasource.username", "sa")));
    }

    /**
     * The embedded database. {@code WRITE_DELAY=0}: a commit is written to the file before it returns; H2's default
     * (500 ms of buffered commits) lost 14 of 25 acknowledged assessments to {@code kill -9} in DurabilityIT.
     * {@code DB_CLOSE_ON_EXIT=FALSE}: Spring closes the pool and then the database, rather than a JVM hook racing it.
     */
    static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.resolve("advisor") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
