package org.opencme.identity.web;

import jakarta.security.enterprise.credential.Credential;

/** A personal API token presented as {@code Authorization: Bearer <token>}. */
public record BearerTokenCredential(String token) implements Credential {
}
