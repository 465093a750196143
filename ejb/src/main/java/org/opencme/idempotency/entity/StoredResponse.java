package org.opencme.idempotency.entity;

import java.util.Arrays;

/**
 * The parts of a response worth replaying: status, Content-Type, Location and
 * the body bytes as sent.
 */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

	public StoredResponse {
		body = body == null ? new byte[0] : body.clone();
	}

	@Override
	public byte[] body() {
		return body.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoredResponse r && r.status == status
				&& java.util.Objects.equals(r.contentType, contentType)
				&& java.util.Objects.equals(r.location, location) && Arrays.equals(r.body, body);
	}

	@Override
	public int hashCode() {
		return 31 * status + Arrays.hashCode(body);
	}

	@Override
	public String toString() {
		return "StoredResponse[" + status + ", " + contentType + ", " + body.length + " bytes]";
	}
}
