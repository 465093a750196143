package org.opencme.authoring.boundary;

import java.time.Instant;

/** A published version, as the version history lists it. */
public record VersionSummary(long id, int versionNo, String title, Instant publishedAt, long approvedBy) {
}
