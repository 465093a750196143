package org.opencme.attendance.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.opencme.attendance.boundary.LiveSessionDetails;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.RegistrationDetails;
import org.opencme.attendance.boundary.RegistrationService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * The sessions of a live or proctored module in the player: the learner's place
 * in each (registered, or where on the waitlist), seats taken, and the buttons
 * to take or give up a place. The seat rules are the server's
 * ({@link RegistrationService}); this page only asks.
 */
@Named
@ViewScoped
public class SessionSignUpView implements Serializable {

	private static final long serialVersionUID = 1L;

	/**
	 * One session as the learner sees it; {@code mine} is empty without a place.
	 */
	public record Row(LiveSessionDetails session, RegistrationDetails mine, long seatsTaken, boolean checkInOpen,
			java.time.Instant checkedInAt) {

		/** Whether the learner can check in now: registered, open, not yet. */
		public boolean mayCheckIn() {
			return mine != null && mine.registered() && checkInOpen && checkedInAt == null;
		}

		public boolean active() {
			return mine != null && mine.active();
		}

		public boolean full() {
			return session.capacity() != null && seatsTaken >= session.capacity();
		}

		/** "On the waitlist, place 3", "Registered", or nothing. */
		public String standing() {
			if (!active()) {
				return "";
			}
			return mine.waitlisted() ? mine.statusLabel() + ", place " + mine.waitlistPosition() : mine.statusLabel();
		}

		public String seats() {
			return session.capacity() == null
					? seatsTaken + " registered"
					: seatsTaken + " of " + session.capacity() + " seats taken";
		}
	}

	@Inject
	LiveSessionService sessions;

	@Inject
	RegistrationService registrations;

	@Inject
	org.opencme.attendance.boundary.CheckInService checkIns;

	@Inject
	CurrentUser currentUser;

	private final Map<Long, String> codes = new java.util.HashMap<>();

	private Long activityId;
	private String moduleKey;
	private List<Row> rows;

	/**
	 * The rows of a module's upcoming sessions, read once per module and change.
	 */
	public List<Row> rows(long activityId, String moduleKey) {
		if (rows == null || this.activityId != activityId || !moduleKey.equals(this.moduleKey)) {
			this.activityId = activityId;
			this.moduleKey = moduleKey;
			reload();
		}
		return rows;
	}

	public void register(long sessionId) {
		try {
			RegistrationDetails place = registrations.register(currentUser.required().asAccount(), sessionId);
			info(place.waitlisted()
					? "The session is full: you are on the waitlist, place " + place.waitlistPosition()
							+ ". You get a seat as soon as one comes free."
					: "You are registered for this session.");
		} catch (DomainException e) {
			FacesMessages.show(e, "player");
		}
		reload();
	}

	public void cancel(long sessionId) {
		try {
			registrations.cancel(currentUser.required().asAccount(), sessionId);
			info("Your place for this session is given up.");
		} catch (DomainException e) {
			FacesMessages.show(e, "player");
		}
		reload();
	}

	/**
	 * Checks in with the code typed beside the session; a refusal keeps it typed.
	 */
	public void checkIn(long sessionId) {
		try {
			var done = checkIns.checkIn(currentUser.required().asAccount(), sessionId, codes.get(sessionId));
			info(done.repeated() ? "You were checked in already." : "You are checked in. Welcome!");
			codes.remove(sessionId);
		} catch (DomainException e) {
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
			FacesContext.getCurrentInstance().validationFailed();
		}
		reload();
	}

	public Map<Long, String> getCodes() {
		return codes;
	}

	private void reload() {
		var me = currentUser.required().asAccount();
		Map<Long, RegistrationDetails> mine = registrations.ofActivity(me, activityId);
		Map<Long, Long> taken = registrations.seatsTaken(activityId);
		rows = sessions.upcoming(java.util.Optional.of(me), activityId).stream()
				.filter(s -> s.moduleId().equals(moduleKey)).map(s -> {
					RegistrationDetails place = mine.get(s.id());
					boolean registered = place != null && place.registered();
					return new Row(s, place, taken.getOrDefault(s.id(), 0L), registered && checkIns.open(s.id()),
							registered ? checkIns.mine(me, s.id()).map(c -> c.checkedInAt()).orElse(null) : null);
				}).toList();
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}
}
