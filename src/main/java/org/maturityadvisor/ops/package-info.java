/**
 * Operations: the readiness of the active rule set, the info endpoint's versions and the {@code maturity_} metrics
 * Prometheus scrapes. Spring Boot Actuator and Micrometer adapters; nothing here decides anything.
 */
package org.maturityadvisor.ops;
