package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maturityadvisor.store.LeanStoreMigration;

/** Issue 16: every assessment stored before the lean store, compressed; see {@link LeanStoreMigration}. */
public class V5__compress_stored_assessments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        LeanStoreMigration.run(context.getConnection());
    }
}
