/**
 * Storage of teams, their assessments and the rule-set versions that produced them, through Spring JDBC on the schema
 * Flyway migrates ({@code db/migration}); the SQL is portable between H2 (the embedded default) and PostgreSQL.
 */
package org.maturityadvisor.store;
