package org.opencme.platform.web;

import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.view.ViewMetadata;

/**
 * A page opened with a parameter that cannot be converted (an id that is not a
 * number, or too large for one) answers the 404 page, as for an unknown id,
 * instead of rendering a page without its record. Registered in
 * faces-config.xml.
 */
public class PageParameterCheck implements PhaseListener {

	private static final long serialVersionUID = 1L;

	@Override
	public PhaseId getPhaseId() {
		return PhaseId.PROCESS_VALIDATIONS;
	}

	@Override
	public void beforePhase(PhaseEvent event) {
	}

	@Override
	public void afterPhase(PhaseEvent event) {
		var faces = event.getFacesContext();
		if (!faces.isPostback() && faces.isValidationFailed() && faces.getViewRoot() != null
				&& !ViewMetadata.getViewParameters(faces.getViewRoot()).isEmpty()) {
			FacesMessages.notFound();
		}
	}
}
