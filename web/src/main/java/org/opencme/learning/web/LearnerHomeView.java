package org.opencme.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AllowanceService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;

/**
 * A learner's home: every enrolment with its progress bar and next step, the
 * allowance, and what to start.
 */
@Named
@ViewScoped
public class LearnerHomeView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	EnrollmentService enrollments;

	@Inject
	AllowanceService allowances;

	@Inject
	CurrentUser currentUser;

	private List<EnrollmentSummary> mine;
	private List<ActivitySummary> available;
	private AllowanceService.AllowanceSummary allowance;

	@PostConstruct
	void load() {
		long learnerId = currentUser.required().accountId();
		mine = enrollments.mine(learnerId);
		available = activities.live(0, 20);
		allowance = allowances.current(learnerId).orElse(null);
	}

	public List<EnrollmentSummary> getMine() {
		return mine;
	}

	public List<ActivitySummary> getAvailable() {
		return available;
	}

	public AllowanceService.AllowanceSummary getAllowance() {
		return allowance;
	}

	public String money(long minor) {
		return String.format("$%,.2f", minor / 100.0);
	}
}
