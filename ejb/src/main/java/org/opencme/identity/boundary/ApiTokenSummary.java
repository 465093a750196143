package org.opencme.identity.boundary;

import java.time.Instant;

/** A personal API token as the profile page lists it (never the secret). */
public record ApiTokenSummary(long id, String name, String prefix, Instant createdAt, Instant lastUsedAt,
		Instant revokedAt) {

	public boolean active() {
		return revokedAt == null;
	}
}
