package org.opencme.authoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencme.authoring.boundary.ActivityDetail;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.web.FacesMessages;

/**
 * The working copy shown as a learner will see it, for its designer and its
 * reviewer.
 */
@Named
@ViewScoped
public class ActivityPreviewView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	CurrentUser currentUser;

	private Long id;
	private ActivityDetail activity;

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		activity = activities.preview(currentUser.required().asAccount(), id);
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
