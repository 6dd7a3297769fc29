package org.maturityadvisor;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the service, all under {@code maturity.*} (environment: {@code MATURITY_RULES_DIR}, ...).
 *
 * @param rulesDir the rules directory: practice catalog, decision tables and DRL (default {@code rules}, relative
 *                 to the working directory)
 */
@ConfigurationProperties("maturity")
public record AdvisorProperties(@DefaultValue("rules") Path rulesDir) {
}
