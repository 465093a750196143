package org.opencme.credit.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opencme.credit.entity.CreditType;

/**
 * Reads the credit types an installation offers, as records: the one way other
 * contexts reach credit's reference data.
 */
@Stateless
public class CreditTypeService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	public List<CreditTypeSummary> active() {
		return em.createQuery("SELECT c FROM CreditType c WHERE c.active = TRUE ORDER BY c.id", CreditType.class)
				.getResultStream().map(CreditTypeSummary::of).toList();
	}

	/**
	 * Every credit type, retired ones included: past awards keep the names of their
	 * types.
	 */
	public List<CreditTypeSummary> all() {
		return em.createQuery("SELECT c FROM CreditType c ORDER BY c.id", CreditType.class).getResultStream()
				.map(CreditTypeSummary::of).toList();
	}
}
