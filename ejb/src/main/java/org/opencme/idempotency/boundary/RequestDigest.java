package org.opencme.idempotency.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.opencme.idempotency.entity.RequestFingerprint;

/**
 * SHA-256 over a request's content type and body, fed chunk by chunk while the
 * body streams past, so no body is ever held whole for hashing. The content
 * type is normalised (lower case, no spaces) and separated from the body by a
 * line feed; a request without body and content type hashes the empty input
 * plus that separator.
 */
public final class RequestDigest {

	private final MessageDigest sha256;
	private final String contentType;
	private long length;

	private RequestDigest(String contentType) {
		this.contentType = normalise(contentType);
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 missing", e);
		}
		sha256.update((this.contentType == null ? "" : this.contentType).getBytes(StandardCharsets.US_ASCII));
		sha256.update((byte) '\n');
	}

	public static RequestDigest start(String contentType) {
		return new RequestDigest(contentType);
	}

	public void update(byte[] bytes, int offset, int count) {
		sha256.update(bytes, offset, count);
		length += count;
	}

	/** Bytes of body seen so far. */
	public long length() {
		return length;
	}

	/**
	 * Ends the digest: the fingerprint of this method and path with the body seen.
	 */
	public RequestFingerprint finish(String method, String path) {
		return new RequestFingerprint(method.toUpperCase(Locale.ROOT), path, contentType,
				HexFormat.of().formatHex(sha256.digest()));
	}

	static String normalise(String contentType) {
		if (contentType == null || contentType.isBlank()) {
			return null;
		}
		StringBuilder out = new StringBuilder();
		for (char c : contentType.toCharArray()) {
			if (!Character.isWhitespace(c)) {
				out.append(c < 0x80 ? Character.toLowerCase(c) : '?');
			}
		}
		return out.length() > 255 ? out.substring(0, 255) : out.toString();
	}
}
