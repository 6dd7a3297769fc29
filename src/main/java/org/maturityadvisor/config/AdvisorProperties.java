package org.maturityadvisor.config;

import java.nio.file.Path;
import java.time.Duration;

import org.maturityadvisor.storage.StorageDefaults;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, all under {@code maturity.*} (environment: {@code MATURITY_RULES_DIR}, ...).
 *
 * @param rulesDir     the rules directory: practice catalog, decision tables and DRL (default {@code rules}, relative
 *                     to the working directory)
 * @param dataDir      where the embedded H2 database keeps its file when no {@code spring.datasource.url} is set
 *                     (default {@code data}); see {@link StorageDefaults}
 * @param scenariosDir the scenario suite a draft rule set must pass (default {@code scenarios})
 * @param syncInterval how often each replica checks the database for a version published elsewhere (default 1 s)
 * @param watch        watch mode: an edit to the rules directory is checked, and published when it passes
 */
@ConfigurationProperties("maturity")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir, @DefaultValue("data") Path dataDir,
                                @DefaultValue("scenarios") Path scenariosDir,
                                @DefaultValue("1s") Duration syncInterval, @DefaultValue Watch watch) {

    /**
     * @param enabled  off by default
     * @param interval how often the directory is compared with what was last seen (default 1 s); an edit is acted on
     *                 once the directory has stayed the same for one more interval, so a half-saved file is not
     */
    public record Watch(@DefaultValue("false") boolean enabled, @DefaultValue("1s") Duration interval) {
    }
}
