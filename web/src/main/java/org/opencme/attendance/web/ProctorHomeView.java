package org.opencme.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.attendance.boundary.ProctorService;
import org.opencme.attendance.boundary.ProctoredSession;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code proctor/home.xhtml}: the sessions assigned to the signed-in proctor
 * (an administrator sees all), soonest first, with registrant counts.
 */
@Named
@ViewScoped
public class ProctorHomeView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ProctorService proctors;

	@Inject
	CurrentUser currentUser;

	private List<ProctoredSession> sessions;

	public List<ProctoredSession> getSessions() {
		if (sessions == null) {
			sessions = proctors.assignedTo(currentUser.required().asAccount());
		}
		return sessions;
	}
}
