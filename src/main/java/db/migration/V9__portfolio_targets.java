package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maturityadvisor.store.PortfolioTargetsMigration;

/** Issue 23: each stored level row learns its target level, so the portfolio sorts by gap; see the migration. */
public class V9__portfolio_targets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        PortfolioTargetsMigration.run(context.getConnection());
    }
}
