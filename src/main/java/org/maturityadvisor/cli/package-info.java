/**
 * The command line: {@code assess}, {@code practices}, {@code models}, {@code test-scenarios}. Runs without Spring:
 * it loads the rules directory, does one thing and exits with a code a CI pipeline can act on.
 */
package org.maturityadvisor.cli;
