package org.opencme.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;

/** A learner's home: their activities and what they can start next. */
@Named
@ViewScoped
public class LearnerHomeView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	private List<ActivitySummary> available;

	@PostConstruct
	void load() {
		available = activities.live(0, 20);
	}

	public List<ActivitySummary> getAvailable() {
		return available;
	}
}
