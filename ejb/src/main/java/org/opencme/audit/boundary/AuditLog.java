package org.opencme.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.opencme.audit.entity.AuditEntry;

/**
 * Writes and reads the audit log. Writing joins the caller's transaction, so
 * the entry and the change commit together.
 */
@Stateless
public class AuditLog {

	public static final String SYSTEM = "system";

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Clock clock;

	@TransactionAttribute(TransactionAttributeType.MANDATORY)
	public void record(String actor, String action, String recordType, Object recordId, String detail) {
		em.persist(new AuditEntry(Instant.now(clock), actor, action, recordType, String.valueOf(recordId), detail));
	}

	public List<AuditEntry> forRecord(String recordType, Object recordId) {
		return em
				.createQuery("SELECT a FROM AuditEntry a WHERE a.recordType = :type AND a.recordId = :id"
						+ " ORDER BY a.occurredAt, a.id", AuditEntry.class)
				.setParameter("type", recordType).setParameter("id", String.valueOf(recordId)).getResultList();
	}

	public List<AuditEntry> latest(int first, int max) {
		return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC", AuditEntry.class)
				.setFirstResult(first).setMaxResults(max).getResultList();
	}

	public long count() {
		return em.createQuery("SELECT COUNT(a) FROM AuditEntry a", Long.class).getSingleResult();
	}
}
