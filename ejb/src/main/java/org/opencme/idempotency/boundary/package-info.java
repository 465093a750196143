/**
 * Running a POST once per account and Idempotency-Key, and replaying its stored
 * answer.
 */
package org.opencme.idempotency.boundary;
