package org.opencme.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the parts OpenCME needs answer. */
@Stateless
public class HealthService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@jakarta.inject.Inject
	WarmUp warmUp;

	/** Whether the start-up warm-up has finished (see {@link WarmUp}). */
	public boolean warm() {
		return warmUp.done();
	}

	public boolean databaseAnswers() {
		try {
			return em.createQuery("SELECT COUNT(s) FROM AppSetting s", Long.class).getSingleResult() >= 0;
		} catch (PersistenceException e) {
			return false;
		}
	}

	/** The JPA provider in use, e.g. to prove it is EclipseLink. */
	public String persistenceProvider() {
		return em.getEntityManagerFactory().getClass().getName();
	}
}
