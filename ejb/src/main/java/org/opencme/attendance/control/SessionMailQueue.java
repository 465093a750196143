package org.opencme.attendance.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.opencme.attendance.entity.SessionMail;

/**
 * Stores the mail a session change owes, in the change's own transaction: if
 * the change commits, so does its mail, and if it rolls back, no mail goes.
 * Calendar mails to the same person about the same session get an increasing
 * {@code SEQUENCE}, so their calendar updates one entry.
 */
@Stateless
public class SessionMailQueue {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Clock clock;

	@Inject
	Event<MailQueued> queued;

	public void queue(long sessionId, long accountId, SessionMail.Kind kind, String dedupeKey) {
		Integer sequence = kind.calendar()
				? Math.toIntExact(em
						.createQuery("SELECT COUNT(m) FROM SessionMail m WHERE m.sessionId = :s"
								+ " AND m.accountId = :a AND m.icsSequence IS NOT NULL", Long.class)
						.setParameter("s", sessionId).setParameter("a", accountId).getSingleResult())
				: null;
		SessionMail mail = new SessionMail(sessionId, accountId, kind, sequence, dedupeKey, Instant.now(clock));
		em.persist(mail);
		em.flush();
		queued.fire(new MailQueued(mail.id()));
	}
}
