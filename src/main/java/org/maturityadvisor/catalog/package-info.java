/**
 * The practice catalog: every practice a team can be asked about, with its type (yes/no or an ordered choice),
 * question and help text, and the typed answers a team gives. Read from {@code rules/practices.csv}; plain Java.
 */
package org.maturityadvisor.catalog;
