package org.opencme.certification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.certification.boundary.BulkIssueService;
import org.opencme.certification.boundary.BulkIssueSummary;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * Administrators start "issue every pending certificate of activity X" and
 * watch its progress; stop and resume it.
 */
@Named
@ViewScoped
public class BulkIssueView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	BulkIssueService bulk;

	@Inject
	CurrentUser currentUser;

	private Long activityId;
	private List<BulkIssueService.PendingActivity> pending = List.of();
	private List<BulkIssueSummary> issues = List.of();

	@PostConstruct
	void load() {
		refresh();
	}

	public void refresh() {
		var admin = currentUser.required().asAccount();
		pending = bulk.pendingActivities(admin);
		issues = bulk.ofActivity(admin, null);
	}

	public void start() {
		try {
			if (activityId == null) {
				FacesContext.getCurrentInstance().addMessage("start:activity",
						new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose the activity.", null));
				return;
			}
			BulkIssueSummary started = bulk.start(currentUser.required().asAccount(), activityId, null);
			info("Bulk issue " + started.id() + " started: " + started.total() + " completed enrolments of "
					+ started.activityTitle() + ".");
			activityId = null;
			refresh();
		} catch (DomainException e) {
			FacesMessages.show(e, "start");
		}
	}

	public void stop(long id) {
		try {
			bulk.stop(currentUser.required().asAccount(), id);
			info("Bulk issue " + id + " is stopping; resume it to go on where it stopped.");
			refresh();
		} catch (DomainException e) {
			FacesMessages.show(e, "start");
		}
	}

	public void resume(long id) {
		try {
			bulk.resume(currentUser.required().asAccount(), id);
			info("Bulk issue " + id + " resumed from its last checkpoint.");
			refresh();
		} catch (DomainException e) {
			FacesMessages.show(e, "start");
		}
	}

	/** Whether any bulk issue is still working (the page then polls). */
	public boolean isRunning() {
		return issues.stream().anyMatch(i -> i.status().running());
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public Long getActivityId() {
		return activityId;
	}

	public void setActivityId(Long activityId) {
		this.activityId = activityId;
	}

	public List<BulkIssueService.PendingActivity> getPending() {
		return pending;
	}

	public List<BulkIssueSummary> getIssues() {
		return issues;
	}
}
