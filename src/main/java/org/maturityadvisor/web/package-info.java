/**
 * The HTTP API: {@code POST /api/assessments}, {@code GET /api/practices}, {@code GET /api/models}. Controllers only
 * translate; bad input becomes an RFC 9457 {@code application/problem+json} response listing every field at fault.
 */
package org.maturityadvisor.web;
