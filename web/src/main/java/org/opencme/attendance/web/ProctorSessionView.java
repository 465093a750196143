package org.opencme.attendance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.opencme.attendance.boundary.CheckInCodeView;
import org.opencme.attendance.boundary.CheckInService;
import org.opencme.attendance.boundary.ProctorService;
import org.opencme.attendance.boundary.ProctoredSession;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * {@code proctor/session.xhtml}: one session for its proctor. During the
 * check-in window the code is shown large (to be projected), with a countdown
 * to the next one; the page asks the server again every few seconds, so the
 * code and the count of checked-in learners stay current.
 */
@Named
@ViewScoped
public class ProctorSessionView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ProctorService proctors;

	@Inject
	CheckInService checkIns;

	@Inject
	CurrentUser currentUser;

	@Inject
	org.opencme.attendance.boundary.RosterService rosters;

	@Inject
	org.opencme.attendance.boundary.AttendanceImportService reports;

	private java.util.List<org.opencme.attendance.boundary.ImportSummary> imports;

	private Long id;
	private ProctoredSession session;
	private CheckInCodeView code;
	private String filter;
	private String walkIn;
	private org.opencme.attendance.boundary.RosterPage summary;
	private final RosterModel roster = new RosterModel();
	private final java.util.Map<Long, String> statuses = new java.util.HashMap<>();
	private final java.util.Map<Long, Integer> minutes = new java.util.HashMap<>();
	private final java.util.Map<Long, String> notes = new java.util.HashMap<>();
	private final java.util.Map<Long, String> reasons = new java.util.HashMap<>();

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		try {
			session = proctors.session(currentUser.required().asAccount(), id);
			refresh();
		} catch (DomainException e) {
			FacesMessages.notFound();
		}
	}

	public void refresh() {
		code = checkIns.code(currentUser.required().asAccount(), id);
	}

	/**
	 * Records the mark chosen in a learner's row; a refusal keeps what was chosen.
	 */
	public void save(long learnerId) {
		try {
			var mark = rosters.mark(currentUser.required().asAccount(), id, learnerId,
					new org.opencme.attendance.boundary.MarkRequest(statuses.get(learnerId), minutes.get(learnerId),
							notes.get(learnerId), reasons.get(learnerId)));
			info((mark.amends() == null ? "Marked: " : "Amended: ") + mark.statusLabel() + ", " + mark.minutes()
					+ " minutes.");
			statuses.remove(learnerId);
			minutes.remove(learnerId);
			notes.remove(learnerId);
			reasons.remove(learnerId);
			summary = null;
		} catch (DomainException e) {
			error(e);
		}
	}

	public void markCheckedInPresent() {
		try {
			int marked = rosters.markCheckedInPresent(currentUser.required().asAccount(), id);
			info(marked + " checked-in learner(s) marked present.");
			summary = null;
		} catch (DomainException e) {
			error(e);
		}
	}

	public void signOff() {
		try {
			rosters.signOff(currentUser.required().asAccount(), id);
			info("The roster is signed off. A change is now an amendment with a reason.");
			summary = null;
		} catch (DomainException e) {
			error(e);
		}
	}

	public void addWalkIn() {
		try {
			rosters.addWalkIn(currentUser.required().asAccount(), id, walkIn, null);
			info(walkIn.strip() + " is on the roster, marked present.");
			walkIn = null;
			summary = null;
		} catch (DomainException e) {
			error(e);
		}
	}

	/**
	 * Imports an uploaded participant report; a refusal names the line, and nothing
	 * is stored.
	 */
	public void importReport(org.primefaces.event.FileUploadEvent event) {
		try (java.io.InputStream in = event.getFile().getInputStream()) {
			byte[] file = in.readNBytes(5 * 1024 * 1024 + 1);
			var done = reports.importReport(currentUser.required().asAccount(), id, event.getFile().getFileName(),
					file);
			info(done.repeated()
					? "This file was imported before (" + done.importedBy() + "); nothing changed."
					: done.platform() + " report imported: " + done.lines().size() + " people.");
			imports = null;
			this.summary = null;
		} catch (DomainException e) {
			error(e);
		} catch (java.io.IOException e) {
			jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null,
					new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
							"The file could not be read; try the upload again.", null));
		} finally {
			org.opencme.platform.web.Uploads.discard(event.getFile());
		}
	}

	public void confirm(long lineId) {
		try {
			reports.confirm(currentUser.required().asAccount(), id, lineId);
			info("Confirmed: the report's minutes count for this learner.");
			imports = null;
			summary = null;
		} catch (DomainException e) {
			error(e);
		}
	}

	public java.util.List<org.opencme.attendance.boundary.ImportSummary> getImports() {
		if (imports == null) {
			imports = reports.imports(currentUser.required().asAccount(), id);
		}
		return imports;
	}

	/** The whole roster's counts and sign-off, read once per change. */
	public org.opencme.attendance.boundary.RosterPage getSummary() {
		if (summary == null) {
			summary = rosters.roster(currentUser.required().asAccount(), id, null, 0, 1);
		}
		return summary;
	}

	public org.opencme.attendance.entity.AttendanceStatus[] getStatuses() {
		return org.opencme.attendance.entity.AttendanceStatus.values();
	}

	private static void info(String text) {
		jakarta.faces.context.FacesContext.getCurrentInstance().addMessage(null,
				new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_INFO, text,
						null));
	}

	private static void error(DomainException e) {
		var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
		faces.addMessage(null, new jakarta.faces.application.FacesMessage(
				jakarta.faces.application.FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
		faces.validationFailed();
	}

	/** One page of the roster from the server, filtered there. */
	private class RosterModel extends org.primefaces.model.LazyDataModel<org.opencme.attendance.boundary.RosterRow> {
		private static final long serialVersionUID = 1L;

		@Override
		public int count(java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
			return (int) rosters.roster(currentUser.required().asAccount(), id, filter, 0, 1).total();
		}

		@Override
		public java.util.List<org.opencme.attendance.boundary.RosterRow> load(int first, int pageSize,
				java.util.Map<String, org.primefaces.model.SortMeta> sortBy,
				java.util.Map<String, org.primefaces.model.FilterMeta> filterBy) {
			var page = rosters.roster(currentUser.required().asAccount(), id, filter, first, pageSize);
			setRowCount((int) page.total());
			return page.rows();
		}

		@Override
		public String getRowKey(org.opencme.attendance.boundary.RosterRow row) {
			return String.valueOf(row.accountId());
		}
	}

	public org.primefaces.model.LazyDataModel<org.opencme.attendance.boundary.RosterRow> getRoster() {
		return roster;
	}

	public java.util.Map<Long, String> getStatusChoices() {
		return statuses;
	}

	public java.util.Map<Long, Integer> getMinutes() {
		return minutes;
	}

	public java.util.Map<Long, String> getNotes() {
		return notes;
	}

	public java.util.Map<Long, String> getReasons() {
		return reasons;
	}

	public String getFilter() {
		return filter;
	}

	public void setFilter(String filter) {
		this.filter = filter;
	}

	public String getWalkIn() {
		return walkIn;
	}

	public void setWalkIn(String walkIn) {
		this.walkIn = walkIn;
	}

	/** The code in two groups of three, easier to read from the back of a room. */
	public String getSpacedCode() {
		return code == null || code.code() == null ? "" : code.code().substring(0, 3) + " " + code.code().substring(3);
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public ProctoredSession getSession() {
		return session;
	}

	public CheckInCodeView getCode() {
		return code;
	}
}
