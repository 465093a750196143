package org.opencme.idempotency.entity;

import java.util.Objects;

/**
 * What makes two requests "the same request" for a key: method, path (with
 * query) and the SHA-256 of content type and body.
 */
public record RequestFingerprint(String method, String path, String contentType, String bodySha256) {

	public RequestFingerprint {
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(bodySha256, "bodySha256");
	}

	/** Same method, path and body hash (which covers the content type). */
	public boolean sameRequestAs(RequestFingerprint other) {
		return method.equalsIgnoreCase(other.method) && path.equals(other.path) && bodySha256.equals(other.bodySha256);
	}
}
