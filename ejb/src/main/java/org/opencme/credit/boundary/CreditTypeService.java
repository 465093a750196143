package org.opencme.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opencme.credit.entity.CreditType;

/** Reads the credit types an installation offers. */
@Stateless
public class CreditTypeService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	public List<CreditType> active() {
		return em.createQuery("SELECT c FROM CreditType c WHERE c.active = TRUE ORDER BY c.id", CreditType.class)
				.getResultList();
	}
}
