/**
 * Idempotency: a POST under {@code /api} that carries an
 * {@code Idempotency-Key} runs once per account and key; its response is stored
 * and replayed for 24 hours. Knows accounts by id only; holds no request bodies
 * and no HTTP types.
 */
package org.opencme.idempotency;
