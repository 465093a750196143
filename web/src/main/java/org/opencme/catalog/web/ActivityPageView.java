package org.opencme.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Optional;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.authoring.boundary.ActivityDetail;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * An activity's public page: disclosures, objectives and credits before the
 * content, and the Enrol button.
 */
@Named
@ViewScoped
public class ActivityPageView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	EnrollmentService enrollments;

	@Inject
	CurrentUser currentUser;

	@Inject
	LiveSessionService liveSessions;

	private Long id;
	private ActivityDetail activity;
	private Long enrollmentId;
	private java.util.List<LiveSessionDetails> sessions;

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		activity = activities.detail(currentUser.caller().map(SignedInCaller::asAccount), id);
		enrollmentId = currentUser.caller().flatMap(c -> enrollments.enrollmentOf(c.accountId(), id)).orElse(null);
		sessions = liveSessions.upcoming(currentUser.caller().map(SignedInCaller::asAccount), id);
	}

	/** Upcoming sessions, not cancelled, soonest first. */
	public java.util.List<LiveSessionDetails> getSessions() {
		return sessions;
	}

	/**
	 * Enrols and opens the player; a refusal (allowance, expired, full) is
	 * explained on the page.
	 */
	public String enrol() {
		try {
			EnrollmentSummary enrollment = enrollments.enrol(currentUser.required().asAccount(), id);
			return "/learner/enrollment?faces-redirect=true&id=" + enrollment.id();
		} catch (DomainException e) {
			FacesMessages.show(e, "enrol");
			return null;
		}
	}

	public Optional<Long> enrolled() {
		return Optional.ofNullable(enrollmentId);
	}

	public Long getEnrollmentId() {
		return enrollmentId;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public ActivityDetail getActivity() {
		return activity;
	}
}
