package org.opencme.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the parts OpenCME needs answer. */
@Stateless
public class HealthService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Instance<StartupWork> startupWork;

	/** Whether all start-up work (the warm-up) has finished. */
	public boolean warm() {
		return startupWork.stream().allMatch(StartupWork::finished);
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
