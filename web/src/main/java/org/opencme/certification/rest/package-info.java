/**
 * {@code /api/me/certificates}, {@code /api/certificates} (PDF, revoke,
 * reissue, search) and the public {@code /api/verify/{code}}.
 */
package org.opencme.certification.rest;
