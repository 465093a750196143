/**
 * A stored request fingerprint and its response, kept 24 hours.
 */
package org.opencme.idempotency.entity;
