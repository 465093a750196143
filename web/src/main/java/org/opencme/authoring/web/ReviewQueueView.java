package org.opencme.authoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * Activities waiting for review by someone other than their authors: approve,
 * or return with a comment.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	ReviewService review;

	@Inject
	CurrentUser currentUser;

	private List<ActivitySummary> waiting;
	private final Map<Long, String> comments = new HashMap<>();

	@PostConstruct
	void load() {
		waiting = activities.awaitingReview(currentUser.required().accountId());
	}

	public void approve(ActivitySummary activity) {
		try {
			ActivitySummary published = review.approve(currentUser.required().asAccount(), activity.id());
			info("\"" + activity.title() + "\" is published as version " + published.liveVersionNo() + ".");
			load();
		} catch (DomainException e) {
			FacesMessages.show(e, "queue");
		}
	}

	public void returnForChanges(ActivitySummary activity) {
		try {
			review.returnForChanges(currentUser.required().asAccount(), activity.id(), comments.get(activity.id()));
			info("\"" + activity.title() + "\" went back to its author with your comment.");
			comments.remove(activity.id());
			load();
		} catch (DomainException e) {
			FacesMessages.show(e, "queue");
		}
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public List<ActivitySummary> getWaiting() {
		return waiting;
	}

	public Map<Long, String> getComments() {
		return comments;
	}
}
