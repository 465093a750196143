package org.opencme.idempotency.control;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.Optional;
import org.opencme.idempotency.entity.IdempotencyRecord;
import org.opencme.idempotency.entity.StoredResponse;

/**
 * The idempotency records. Every call is its own short transaction, committed
 * before the guarded operation runs or after it finished, so other requests see
 * a key as soon as it is taken.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyRecords {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Resource
	SessionContext context;

	public Optional<IdempotencyRecord> find(long accountId, String key) {
		return em
				.createQuery("SELECT r FROM IdempotencyRecord r WHERE r.accountId = :account AND r.key = :key",
						IdempotencyRecord.class)
				.setParameter("account", accountId).setParameter("key", key).getResultStream().findFirst();
	}

	/**
	 * Takes the key: answers the new record's id, or empty when the unique index
	 * says another request holds the key already.
	 */
	public Optional<Long> insert(IdempotencyRecord record) {
		try {
			em.persist(record);
			em.flush();
			return Optional.of(record.id());
		} catch (PersistenceException e) {
			context.setRollbackOnly();
			return Optional.empty();
		}
	}

	/**
	 * Stores the response of a record still in flight; false when the record is
	 * gone (expired and cleaned up, or taken over as abandoned).
	 */
	public boolean complete(long id, StoredResponse response, Instant now) {
		IdempotencyRecord record = em.find(IdempotencyRecord.class, id);
		if (record == null || !record.isInFlight()) {
			return false;
		}
		record.complete(response, now);
		return true;
	}

	/** Gives a key back: deletes the record if it is still in flight. */
	public boolean releaseInFlight(long id) {
		return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.id = :id AND r.status = :status")
				.setParameter("id", id).setParameter("status", IdempotencyRecord.Status.IN_FLIGHT).executeUpdate() == 1;
	}

	/** Deletes a record found stale, unless someone else already did. */
	public boolean delete(long id) {
		return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.id = :id").setParameter("id", id)
				.executeUpdate() == 1;
	}

	/** Deletes every record that expired before {@code now}; answers how many. */
	public int deleteExpired(Instant now) {
		return em.createQuery("DELETE FROM IdempotencyRecord r WHERE r.expiresAt <= :now").setParameter("now", now)
				.executeUpdate();
	}
}
