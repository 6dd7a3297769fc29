package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.maturityadvisor.store.AnswerStandingMigration;

/** Issue 24: what each stored assessment's answers rest on (claims, evidence, stale days); see the migration. */
public class V10__answer_standing extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        AnswerStandingMigration.run(context.getConnection());
    }
}
