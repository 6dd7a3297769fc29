/**
 * The analyst's workbench: server-rendered pages (Thymeleaf, htmx for partial updates, Chart.js for charts, every
 * asset a webjar in the jar) over the same application services as the HTTP API: {@code ActiveRuleSet}'s advisor,
 * the {@code Simulator}, {@code TeamService} and {@code RuleSetLifecycle}. The pages hold no classification, what-if
 * or life-cycle logic of their own: they turn form fields into the API's input and results into views. Every page
 * controller lives here so that security can map them in one place.
 */
package org.maturityadvisor.workbench;

import org.maturityadvisor.runtime.ActiveRuleSet;
