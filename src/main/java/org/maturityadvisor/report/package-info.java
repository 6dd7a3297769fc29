/** Readable text renderings of results and definitions, for the CLI. Plain Java. */
package org.maturityadvisor.report;
