package org.opencme.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencme.authoring.boundary.ActivityDetail;
import org.opencme.authoring.boundary.AuthoringService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;

/**
 * An activity's public page: disclosures, objectives and credits before the
 * content.
 */
@Named
@ViewScoped
public class ActivityPageView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	AuthoringService authoring;

	@Inject
	CurrentUser currentUser;

	private Long id;
	private ActivityDetail activity;

	public void load() {
		if (id == null) {
			org.opencme.platform.web.FacesMessages.notFound();
			return;
		}
		activity = authoring.detail(currentUser.caller().map(SignedInCaller::asAccount), id);
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
