package org.opencme.certification.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.opencme.certification.entity.CertificateCounter;

/**
 * The yearly certificate counters. {@link #next(int)} runs in the issuing
 * transaction and locks the year's row until it ends, so two issues never take
 * the same serial and a rolled-back issue gives its serial back (no gaps). The
 * first certificate of a year creates the row in a transaction of its own; two
 * doing it at once are harmless (one insert wins, both then lock it).
 */
@Stateless
public class Counters {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Counters self;

	/** The year's next serial, from 1. */
	public long next(int year) {
		CertificateCounter counter = em.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
		if (counter == null) {
			try {
				self.create(year);
			} catch (EJBException e) {
				// another issue created it at the same moment
			}
			counter = em.find(CertificateCounter.class, year, LockModeType.PESSIMISTIC_WRITE);
		}
		return counter.next();
	}

	@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
	public void create(int year) {
		if (em.find(CertificateCounter.class, year) == null) {
			em.persist(new CertificateCounter(year));
			em.flush();
		}
	}
}
