/**
 * The HTTP side of {@code Idempotency-Key} on {@code POST /api/...}: one
 * servlet filter that fingerprints the request, asks the idempotency boundary,
 * and runs, replays or refuses. The rules themselves live in the ejb module.
 */
package org.opencme.idempotency.rest;
