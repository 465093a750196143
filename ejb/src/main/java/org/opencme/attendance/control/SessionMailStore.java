package org.opencme.attendance.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.SessionMail;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;

/**
 * The mailer's transactions, one per call: which mails are due, what one says
 * (subject, text and calendar part, read from the stored facts at sending
 * time), and whether it went.
 */
@Stateless
public class SessionMailStore {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu, HH:mm zzz",
			Locale.ENGLISH);

	/**
	 * A mail ready for SMTP; {@code ics} and {@code method} are null without a
	 * calendar part.
	 */
	public record Outgoing(long id, String to, String toName, String subject, String text, String ics, String method) {
	}

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AccountService accounts;

	@Inject
	ActivityService activities;

	@Inject
	Clock clock;

	public List<Long> due(int max) {
		return em
				.createQuery("SELECT m.id FROM SessionMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
						+ " ORDER BY m.id", Long.class)
				.setParameter("now", Instant.now(clock)).setMaxResults(max).getResultList();
	}

	/** The mail as it goes out, or empty when it went already. */
	public Optional<Outgoing> compose(long id) {
		SessionMail mail = em.find(SessionMail.class, id);
		if (mail == null || mail.sentAt() != null) {
			return Optional.empty();
		}
		LiveSession session = em.find(LiveSession.class, mail.sessionId());
		AccountDetails person = accounts.account(mail.accountId());
		String title = activities.titles(Set.of(session.activityId())).getOrDefault(session.activityId(),
				"an activity");
		ZoneId theirs = zone(person.timeZone(), session.timeZone());
		String when = WHEN.format(session.startsAt().atZone(theirs)) + (theirs.getId().equals(session.timeZone())
				? ""
				: " (" + WHEN.format(session.startsAt().atZone(ZoneId.of(session.timeZone()))) + ")");
		long minutes = Duration.between(session.startsAt(), session.endsAt()).toMinutes();
		String where = session.joinUrl() != null
				? "Join online: " + session.joinUrl()
				: session.room() != null ? "Room: " + session.room() : "";
		String page = baseUrl() + "/catalog/activity.xhtml?id=" + session.activityId();
		String subject;
		String lead;
		switch (mail.kind()) {
			case REGISTERED -> {
				subject = "Registered: " + title + ", " + when;
				lead = "you are registered for a live session of \"" + title + "\".";
			}
			case PROMOTED -> {
				subject = "A seat came free: you are registered for " + title;
				lead = "a seat came free and it is yours: you are registered for a live session of \"" + title + "\".";
			}
			case WAITLISTED -> {
				subject = "On the waitlist: " + title + ", " + when;
				lead = "the session of \"" + title + "\" is full, so you are on its waitlist. When a seat comes"
						+ " free it goes to the next person waiting, and we write to you at once.";
			}
			case REGISTRATION_CANCELLED -> {
				subject = "Cancelled: your place for " + title + ", " + when;
				lead = "you gave up your place for this session of \"" + title + "\"; the calendar entry is"
						+ " removed.";
			}
			case SESSION_CANCELLED -> {
				subject = "Session cancelled: " + title + ", " + when;
				lead = "the provider cancelled this session of \"" + title + "\". The activity page lists the"
						+ " other dates.";
			}
			default -> throw new IllegalStateException("unknown kind " + mail.kind());
		}
		String text = "Hello " + person.displayName() + ",\n\n" + lead + "\n\n" + when + ", " + minutes + " minutes\n"
				+ (where.isEmpty() ? "" : where + "\n") + "\nThe activity: " + page + "\n";
		String ics = null;
		String method = null;
		if (mail.kind().calendar()) {
			Invitation.Method m = mail.kind().cancel() ? Invitation.Method.CANCEL : Invitation.Method.REQUEST;
			method = m.name();
			ics = Invitation.ics(m,
					new Invitation.Event(Invitation.uid(session.id(), host()), mail.icsSequence(), title,
							"A live session of " + title + ". " + page, session.startsAt(), session.endsAt(),
							session.timeZone(), session.room(), session.joinUrl(), from(), person.email(),
							person.displayName(), Instant.now(clock)));
		}
		return Optional.of(new Outgoing(id, person.email(), person.displayName(), subject, text, ics, method));
	}

	public void sent(long id) {
		em.find(SessionMail.class, id).sent(Instant.now(clock));
	}

	public void failed(long id, String error) {
		em.find(SessionMail.class, id).failed(Instant.now(clock), error,
				Duration.ofSeconds(Long.getLong("opencme.mail.retry.seconds", 60)));
	}

	static String from() {
		return System.getProperty("opencme.mail.from", "no-reply@opencme.local");
	}

	static String baseUrl() {
		return System.getProperty("opencme.base.url", "http://localhost:8080").replaceAll("/+$", "");
	}

	static String host() {
		String host = java.net.URI.create(baseUrl()).getHost();
		return host == null ? "localhost" : host;
	}

	private static ZoneId zone(String preferred, String fallback) {
		try {
			return preferred == null ? ZoneId.of(fallback) : ZoneId.of(preferred);
		} catch (java.time.DateTimeException e) {
			return ZoneId.of(fallback);
		}
	}
}
