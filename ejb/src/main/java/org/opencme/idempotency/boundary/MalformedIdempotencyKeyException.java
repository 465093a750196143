package org.opencme.idempotency.boundary;

import java.util.Map;
import org.opencme.platform.boundary.InvalidInputException;

/** An {@code Idempotency-Key} header that is empty, too long or not ASCII. */
public class MalformedIdempotencyKeyException extends InvalidInputException {

	private static final long serialVersionUID = 1L;

	public MalformedIdempotencyKeyException(String reason) {
		super("The Idempotency-Key header is malformed: " + reason, Map.of(IdempotencyKey.HEADER, reason));
	}
}
