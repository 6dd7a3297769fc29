package org.maturityadvisor.teams;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the {@code @Scheduled} work of teams ({@link TeamRetention}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {
}
