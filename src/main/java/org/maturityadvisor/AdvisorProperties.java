package org.maturityadvisor;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, all under {@code maturity.*} (environment: {@code MATURITY_RULES_DIR}, ...).
 *
 * @param rulesDir the rules directory: practice catalog, decision tables and DRL (default {@code rules}, relative
 *                 to the working directory)
 * @param dataDir  where the embedded H2 database keeps its file when no {@code spring.datasource.url} is set (default
 *                 {@code data}); see {@link StorageDefaults}
 */
@ConfigurationProperties("maturity")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir, @DefaultValue("data") Path dataDir) {
}
