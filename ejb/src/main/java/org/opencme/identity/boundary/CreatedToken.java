package org.opencme.identity.boundary;

/**
 * A newly created token with its secret, which is shown this once and never
 * again.
 */
public record CreatedToken(long id, String name, String secret) {
}
