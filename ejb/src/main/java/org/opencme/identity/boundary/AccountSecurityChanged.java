package org.opencme.identity.boundary;

/**
 * Roles, the enabled flag or the password of an account changed. Observed after
 * the transaction completes, so caches never keep what a concurrent request
 * read before the commit.
 */
public record AccountSecurityChanged(long accountId) {
}
