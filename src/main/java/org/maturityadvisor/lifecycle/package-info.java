/**
 * The life of a rule set: drafts uploaded and checked (validation, scenario gate, impact preview), publishing and
 * rollback with an atomic swap, the audit log, every replica following the active version, and watch mode.
 */
package org.maturityadvisor.lifecycle;
