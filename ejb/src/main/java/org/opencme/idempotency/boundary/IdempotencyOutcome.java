package org.opencme.idempotency.boundary;

import org.opencme.idempotency.entity.StoredResponse;

/**
 * What {@link IdempotencyService#begin} decided for a request with a key: run
 * it ({@code recordId} names the reservation to complete or release), replay
 * the stored response, or refuse.
 */
public record IdempotencyOutcome(Kind kind, Long recordId, StoredResponse storedResponse) {

	/** The four possible answers. */
	public enum Kind {
		/** The key is reserved for this request: run it, then complete or release. */
		STARTED,
		/** The same request finished before: send its stored response. */
		REPLAY,
		/** The key belongs to a different request: 422. */
		KEY_REUSED,
		/** The same request is still running: 409, try again later. */
		IN_PROGRESS
	}

	static IdempotencyOutcome started(long recordId) {
		return new IdempotencyOutcome(Kind.STARTED, recordId, null);
	}

	static IdempotencyOutcome replay(StoredResponse response) {
		return new IdempotencyOutcome(Kind.REPLAY, null, response);
	}

	static IdempotencyOutcome refused(Kind kind) {
		return new IdempotencyOutcome(kind, null, null);
	}
}
