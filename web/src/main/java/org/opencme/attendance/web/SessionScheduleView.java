package org.opencme.attendance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * {@code designer/sessions.xhtml}: an activity's authors schedule and cancel
 * its live or proctored sessions. Start and end are typed in the chosen time
 * zone (the designer's own by default); a refusal keeps what was typed.
 */
@Named
@ViewScoped
public class SessionScheduleView implements Serializable {

	private static final long serialVersionUID = 1L;
	private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
			.filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

	@Inject
	LiveSessionService sessions;

	@Inject
	ActivityService activities;

	@Inject
	CurrentUser currentUser;

	private Long id;
	private String title;
	private Map<String, String> modules;
	private List<LiveSessionDetails> scheduled;
	private String moduleId;
	private LocalDateTime start;
	private LocalDateTime end;
	private String timeZone;
	private Integer capacity;
	private String joinUrl;
	private String room;
	private final Map<Long, String> proctorEmails = new java.util.HashMap<>();
	private Map<Long, List<org.opencme.attendance.boundary.ProctorAssignment>> proctorsBySession;

	@Inject
	org.opencme.attendance.boundary.ProctorService proctors;

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		try {
			modules = activities.sessionModules(currentUser.required().asAccount(), id);
			title = activities.detailSummary(currentUser.required().asAccount(), id).title();
		} catch (DomainException e) {
			FacesMessages.notFound();
			return;
		}
		if (moduleId == null && !modules.isEmpty()) {
			moduleId = modules.keySet().iterator().next();
		}
		if (timeZone == null) {
			timeZone = currentUser.getTimeZone();
		}
		scheduled = sessions.of(id);
	}

	public void schedule() {
		try {
			LiveSessionDetails added = sessions.schedule(currentUser.required().asAccount(), id,
					new ScheduleRequest(moduleId, start, end, timeZone, capacity, joinUrl, room));
			info("Session scheduled for " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
					.format(added.startsAt().atZone(ZoneId.of(added.timeZone()))) + " " + added.timeZone() + ".");
			start = null;
			end = null;
			scheduled = sessions.of(id);
		} catch (DomainException e) {
			FacesMessages.show(e, "schedule");
		}
	}

	public void cancel(long sessionId) {
		try {
			sessions.cancel(currentUser.required().asAccount(), sessionId);
			info("Session cancelled. It stays on record.");
		} catch (DomainException e) {
			FacesMessages.show(e, "schedule");
		}
		scheduled = sessions.of(id);
	}

	/** The proctors assigned to a session of this activity. */
	public List<org.opencme.attendance.boundary.ProctorAssignment> proctorsOf(long sessionId) {
		if (proctorsBySession == null) {
			proctorsBySession = new java.util.HashMap<>();
		}
		return proctorsBySession.computeIfAbsent(sessionId,
				sid -> proctors.of(currentUser.required().asAccount(), sid));
	}

	/**
	 * Assigns the proctor whose e-mail was typed beside the session; a refusal
	 * keeps it typed.
	 */
	public void assignProctor(long sessionId) {
		try {
			var assigned = proctors.assign(currentUser.required().asAccount(), sessionId, proctorEmails.get(sessionId));
			info(assigned.name() + " proctors this session.");
			proctorEmails.remove(sessionId);
		} catch (DomainException e) {
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
			FacesContext.getCurrentInstance().validationFailed();
		}
		proctorsBySession = null;
	}

	public void removeProctor(long sessionId, long accountId) {
		try {
			proctors.remove(currentUser.required().asAccount(), sessionId, accountId);
			info("The proctor no longer looks after this session.");
		} catch (DomainException e) {
			FacesMessages.show(e, "schedule");
		}
		proctorsBySession = null;
	}

	public Map<Long, String> getProctorEmails() {
		return proctorEmails;
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public List<String> getZones() {
		return ZONES;
	}

	public Map<String, String> getModules() {
		return modules;
	}

	public List<LiveSessionDetails> getScheduled() {
		return scheduled;
	}

	public String getTitle() {
		return title;
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getModuleId() {
		return moduleId;
	}

	public void setModuleId(String moduleId) {
		this.moduleId = moduleId;
	}

	public LocalDateTime getStart() {
		return start;
	}

	public void setStart(LocalDateTime start) {
		this.start = start;
	}

	public LocalDateTime getEnd() {
		return end;
	}

	public void setEnd(LocalDateTime end) {
		this.end = end;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public String getJoinUrl() {
		return joinUrl;
	}

	public void setJoinUrl(String joinUrl) {
		this.joinUrl = joinUrl;
	}

	public String getRoom() {
		return room;
	}

	public void setRoom(String room) {
		this.room = room;
	}
}
