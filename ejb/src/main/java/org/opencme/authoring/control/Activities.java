package org.opencme.authoring.control;

import jakarta.persistence.EntityManager;
import org.opencme.authoring.entity.Activity;
import org.opencme.platform.boundary.RecordNotFoundException;

/** Finding an activity or saying clearly that there is none. */
public final class Activities {

	private Activities() {
	}

	public static Activity require(EntityManager em, long id) {
		Activity activity = em.find(Activity.class, id);
		if (activity == null) {
			throw new RecordNotFoundException("Activity", id);
		}
		return activity;
	}
}
