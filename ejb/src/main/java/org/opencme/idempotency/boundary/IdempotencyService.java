package org.opencme.idempotency.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.opencme.idempotency.control.IdempotencyRecords;
import org.opencme.idempotency.control.IdempotencyRules;
import org.opencme.idempotency.entity.IdempotencyRecord;
import org.opencme.idempotency.entity.RequestFingerprint;
import org.opencme.idempotency.entity.StoredResponse;

/**
 * Runs a request with an {@code Idempotency-Key} once per account and key.
 * {@link #begin} reserves the key by inserting an in-flight record (the unique
 * index on account and key, not a lock in memory, decides between racing
 * requests, on any number of threads or servers); the caller then runs the
 * request and {@link #complete}s the record with a 2xx-4xx response, or
 * {@link #release}s the key after a 5xx or a failure so the client may retry.
 * No transaction of its own: each step commits at once, independently of the
 * operation it guards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IdempotencyService {

	/**
	 * Rounds of find-then-insert before a request that keeps losing races is told
	 * to retry.
	 */
	private static final int ATTEMPTS = 3;

	@Inject
	IdempotencyRecords records;

	@Inject
	Clock clock;

	public IdempotencyOutcome begin(long accountId, IdempotencyKey key, RequestFingerprint request) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<IdempotencyRecord> existing = records.find(accountId, key.value());
			if (existing.isEmpty()) {
				Optional<Long> reserved = records
						.insert(new IdempotencyRecord(accountId, key.value(), request, Instant.now(clock)));
				if (reserved.isPresent()) {
					return IdempotencyOutcome.started(reserved.get());
				}
				continue;
			}
			IdempotencyRecord record = existing.get();
			switch (IdempotencyRules.decide(record, request, Instant.now(clock))) {
				case REPLAY :
					return IdempotencyOutcome.replay(record.storedResponse());
				case KEY_REUSED :
					return IdempotencyOutcome.refused(IdempotencyOutcome.Kind.KEY_REUSED);
				case IN_PROGRESS :
					return IdempotencyOutcome.refused(IdempotencyOutcome.Kind.IN_PROGRESS);
				case STALE :
					records.delete(record.id());
					break;
				default :
					throw new IllegalStateException("Unknown decision");
			}
		}
		return IdempotencyOutcome.refused(IdempotencyOutcome.Kind.IN_PROGRESS);
	}

	/**
	 * Stores the response of the reserved request for replay; a 5xx answer releases
	 * the key instead. False when the record was gone.
	 */
	public boolean complete(long recordId, StoredResponse response) {
		if (!IdempotencyRecord.isStorable(response.status())) {
			records.releaseInFlight(recordId);
			return false;
		}
		return records.complete(recordId, response, Instant.now(clock));
	}

	/** Gives the key back: the request failed or its answer cannot be stored. */
	public void release(long recordId) {
		records.releaseInFlight(recordId);
	}
}
