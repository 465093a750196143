package org.opencme.idempotency.boundary;

/**
 * The value of an {@code Idempotency-Key} header: 1 to 255 printable ASCII
 * characters (0x20 to 0x7E). The quoted form of the IETF draft ({@code "abc"},
 * a structured-field string) names the same key as {@code abc}.
 */
public record IdempotencyKey(String value) {

	public static final String HEADER = "Idempotency-Key";
	public static final int MAX_LENGTH = 255;

	public IdempotencyKey {
		String problem = problem(value);
		if (problem != null) {
			throw new MalformedIdempotencyKeyException(problem);
		}
	}

	/** Reads a header value; refuses a malformed one with a reason. */
	public static IdempotencyKey parse(String header) {
		if (header == null) {
			throw new MalformedIdempotencyKeyException("The key is missing.");
		}
		String value = header.strip();
		if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
			value = value.substring(1, value.length() - 1);
		}
		return new IdempotencyKey(value);
	}

	private static String problem(String value) {
		if (value == null || value.isEmpty()) {
			return "The key is empty.";
		}
		if (value.length() > MAX_LENGTH) {
			return "The key has " + value.length() + " characters; at most " + MAX_LENGTH + " are allowed.";
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 || c > 0x7E) {
				return "The key may hold printable ASCII characters only (position " + (i + 1) + " does not).";
			}
		}
		return null;
	}
}
