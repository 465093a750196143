package org.opencme.idempotency.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Deletes expired idempotency records every hour, so the table holds about one
 * day of keys. Reading never trusts it: an expired record is treated as absent
 * even before this runs.
 */
@Singleton
public class ExpiredRecordCleanup {

	private static final Logger LOG = Logger.getLogger(ExpiredRecordCleanup.class.getName());

	@Inject
	IdempotencyRecords records;

	@Inject
	Clock clock;

	@Schedule(hour = "*", minute = "17", persistent = false)
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	public void deleteExpired() {
		int deleted = records.deleteExpired(Instant.now(clock));
		if (deleted > 0) {
			LOG.fine(() -> deleted + " expired idempotency record(s) deleted");
		}
	}
}
