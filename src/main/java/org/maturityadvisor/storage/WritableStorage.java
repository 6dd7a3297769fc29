package org.maturityadvisor.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Before the port opens, the database must take writes. H2 opens a file it may not write (its mode, an immutable
 * attribute, a read-only mount) read-only without a word; the service would then report ready and fail every sign-in
 * (which resets a counter) and every write with a 500. The start stops instead, naming the file and what to do.
 * PostgreSQL in a read-only transaction mode (a hot standby) is refused the same way.
 */
@Component
class WritableStorage implements InitializingBean {

    private static final String READ_ONLY = "Starting on it would serve reads and fail every sign-in and every "
            + "write.";

    private final DataSource dataSource;
    private final Environment environment;

    WritableStorage(DataSource dataSource, Environment environment) {
        this.dataSource = dataSource;
        this.environment = environment;
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!readOnly(connection)) {
                return;
            }
        }
        Optional<Path> file = DataFile.ofUrl(environment.getProperty(StorageDefaults.URL, ""));
        if (file.isPresent()) {
            throw new DataFile.Unusable(file.get(), "is read-only: H2 opened it read-only, since this process may "
                    + "not write it or its directory", READ_ONLY, "Let the service's user write " + file.get()
                    + " and its directory " + file.get().getParent() + " (check its mode, 'lsattr' for the immutable "
                    + "attribute, and a read-only mount), then start again.", null);
        }
        throw new IllegalStateException("The database at " + environment.getProperty(StorageDefaults.URL)
                + " is read-only (transaction_read_only is on: a standby?). " + READ_ONLY + " Point "
                + StorageDefaults.URL + " at the primary.");
    }

    /** H2 answers from READONLY(); PostgreSQL from its transaction mode. */
    private static boolean readOnly(Connection connection) throws SQLException {
        if (connection.isReadOnly()) {
            return true;
        }
        if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            return false;
        }
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("show transaction_read_only")) {
            return result.next() && result.getString(1).equals("on");
        }
    }
}
