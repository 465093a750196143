/**
 * The rules of a key (format, fingerprint match, expiry), the records' store
 * and the clean-up of expired ones.
 */
package org.opencme.idempotency.control;
