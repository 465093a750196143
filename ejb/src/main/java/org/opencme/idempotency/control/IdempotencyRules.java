package org.opencme.idempotency.control;

import java.time.Duration;
import java.time.Instant;
import org.opencme.idempotency.entity.IdempotencyRecord;
import org.opencme.idempotency.entity.RequestFingerprint;

/**
 * What a request with a key that is already recorded gets: the stored answer, a
 * refusal, or the key back because the record is stale.
 */
public final class IdempotencyRules {

	/**
	 * An in-flight record older than this belongs to a request that died without
	 * releasing its key (server stopped mid-request); the key may be taken again.
	 * Far longer than any API call runs.
	 */
	public static final Duration IN_FLIGHT_LEASE = Duration.ofMinutes(15);

	/** The answer for a request whose key is already recorded. */
	public enum Decision {
		/** Same request, finished: replay the stored response. */
		REPLAY,
		/** The key was used for another request (method, path or body differ). */
		KEY_REUSED,
		/** Same request, still running. */
		IN_PROGRESS,
		/** Expired, or abandoned in flight: delete it and start afresh. */
		STALE
	}

	private IdempotencyRules() {
	}

	public static Decision decide(IdempotencyRecord existing, RequestFingerprint request, Instant now) {
		if (existing.isExpired(now)) {
			return Decision.STALE;
		}
		if (existing.isInFlight() && !now.isBefore(existing.createdAt().plus(IN_FLIGHT_LEASE))) {
			return Decision.STALE;
		}
		if (!existing.fingerprint().sameRequestAs(request)) {
			return Decision.KEY_REUSED;
		}
		return existing.isInFlight() ? Decision.IN_PROGRESS : Decision.REPLAY;
	}
}
