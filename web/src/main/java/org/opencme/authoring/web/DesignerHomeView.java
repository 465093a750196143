package org.opencme.authoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/** A designer's home: their drafts, and a form to start a new one. */
@Named
@ViewScoped
public class DesignerHomeView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	CurrentUser currentUser;

	private SignedInCaller caller;
	private List<ActivitySummary> drafts;
	private String title;
	private String summary;
	private ActivityFormat format = ActivityFormat.ON_DEMAND;

	@PostConstruct
	void load() {
		caller = currentUser.required();
		drafts = activities.ownedBy(caller.accountId(), ActivityStatus.DRAFT);
	}

	public void createDraft() {
		try {
			ActivitySummary created = activities.create(caller.asAccount(), title, summary, format);
			drafts = activities.ownedBy(caller.accountId(), ActivityStatus.DRAFT);
			title = null;
			summary = null;
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_INFO, "Draft \"" + created.title() + "\" created.", null));
		} catch (DomainException e) {
			FacesMessages.show(e, "newDraft");
		}
	}

	public ActivityFormat[] getFormats() {
		return ActivityFormat.values();
	}

	public List<ActivitySummary> getDrafts() {
		return drafts;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public ActivityFormat getFormat() {
		return format;
	}

	public void setFormat(ActivityFormat format) {
		this.format = format;
	}
}
