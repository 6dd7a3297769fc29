/**
 * Who may do what: users in the database with four roles (viewer, assessor, analyst, admin, each including those
 * below), HTTP Basic and the login form, personal API tokens, an OIDC issuer's JWTs by configuration, and the browser
 * protections (CSRF for session cookies, an Origin check, CORS closed, security headers). {@link AccessRules} is the
 * one table of which role each endpoint needs; everything it does not list is refused.
 */
package org.maturityadvisor.security;
