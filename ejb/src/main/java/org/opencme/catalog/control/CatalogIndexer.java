package org.opencme.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.attendance.boundary.SessionsChanged;
import org.opencme.authoring.boundary.ActivityPublished;
import org.opencme.authoring.boundary.ActivityRetired;
import org.opencme.catalog.boundary.CatalogService;
import org.opencme.catalog.boundary.SynonymsChanged;

/**
 * Feeds the index after the publishing or retiring transaction has committed,
 * so a search never finds an activity whose publication was rolled back. A
 * failure here is logged, and an administrator's rebuild mends it.
 */
@ApplicationScoped
public class CatalogIndexer {

	private static final Logger LOG = Logger.getLogger(CatalogIndexer.class.getName());

	@Inject
	CatalogService catalog;

	void published(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityPublished event) {
		refresh(event.activityId());
	}

	void retired(@Observes(during = TransactionPhase.AFTER_SUCCESS) ActivityRetired event) {
		refresh(event.activityId());
	}

	void sessionsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsChanged event) {
		refresh(event.activityId());
	}

	void synonymsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SynonymsChanged event) {
		try {
			catalog.reloadSynonyms();
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Could not apply the changed synonym rules; they apply at the next start", e);
		}
	}

	private void refresh(long activityId) {
		try {
			catalog.refresh(activityId);
		} catch (RuntimeException e) {
			LOG.log(Level.WARNING, "Could not update the catalog index for activity " + activityId, e);
		}
	}
}
