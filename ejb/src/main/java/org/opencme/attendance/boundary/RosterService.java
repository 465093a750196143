package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opencme.attendance.control.Marks;
import org.opencme.attendance.entity.AttendanceMark;
import org.opencme.attendance.entity.AttendanceStatus;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.RegistrationStatus;
import org.opencme.attendance.entity.SessionCheckIn;
import org.opencme.attendance.entity.SessionRegistration;
import org.opencme.attendance.entity.SessionSignOff;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * The proctor's roster of a session: registered learners, walk-ins and everyone
 * who checked in, with their marks. Marks are rows that are never changed: a
 * new mark replaces the current one; after {@link #signOff sign-off} the roster
 * is locked and a change is an amendment with a reason. Each write holds the
 * session's row lock, so sign-off and a mark never cross. Large rosters are
 * filtered and paged here, on the server.
 */
@Stateless
public class RosterService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ProctorService proctors;

	@Inject
	AccountService accounts;

	@Inject
	EnrollmentService enrollments;

	@Inject
	AuditLog audit;

	@Inject
	AttendanceImportService imports;

	@Inject
	Clock clock;

	/**
	 * A page of the roster, rows whose name or e-mail contains {@code filter}, by
	 * family name.
	 */
	public RosterPage roster(AuthenticatedAccount actor, long sessionId, String filter, int first, int max) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId, false);
		Map<Long, String> places = new LinkedHashMap<>();
		em.createQuery("SELECT r FROM SessionRegistration r WHERE r.sessionId = :s AND r.status <> :cancelled",
				SessionRegistration.class).setParameter("s", sessionId)
				.setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList()
				.forEach(r -> places.put(r.accountId(), r.status().label()));
		Map<Long, Instant> checkIns = new HashMap<>();
		em.createQuery("SELECT c FROM SessionCheckIn c WHERE c.sessionId = :s", SessionCheckIn.class)
				.setParameter("s", sessionId).getResultList()
				.forEach(c -> checkIns.put(c.accountId(), c.checkedInAt()));
		Map<Long, List<RosterRow.Mark>> marks = new HashMap<>();
		em.createQuery("SELECT m FROM AttendanceMark m WHERE m.sessionId = :s ORDER BY m.id DESC", AttendanceMark.class)
				.setParameter("s", sessionId).getResultList()
				.forEach(m -> marks.computeIfAbsent(m.accountId(), k -> new ArrayList<>()).add(view(m)));
		Map<Long, Integer> reported = imports.minutesByLearner(sessionId);
		Set<Long> people = new LinkedHashSet<>(places.keySet());
		people.addAll(checkIns.keySet());
		people.addAll(marks.keySet());
		people.addAll(reported.keySet());
		Map<Long, AccountDetails> details = accounts.details(people);
		String needle = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
		List<RosterRow> rows = people.stream().map(id -> {
			AccountDetails a = details.get(id);
			return new RosterRow(id, a.displayName(), a.email(), places.getOrDefault(id, "Walk-in"), checkIns.get(id),
					reported.get(id), marks.getOrDefault(id, List.of()));
		}).filter(r -> needle.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(needle)
				|| r.email().contains(needle))
				.sorted(Comparator.comparing((RosterRow r) -> familyName(details.get(r.accountId())))
						.thenComparing(RosterRow::name).thenComparing(RosterRow::accountId))
				.toList();
		SessionSignOff signOff = em.find(SessionSignOff.class, sessionId);
		int from = Math.max(0, Math.min(first, rows.size()));
		int to = Math.min(rows.size(), from + Math.max(1, Math.min(max, 200)));
		return new RosterPage(sessionId, minutes(session), rows.size(), rows.subList(from, to), signOff != null,
				signOff == null ? null : signOff.signedBy(), signOff == null ? null : signOff.signedAt(), people.size(),
				checkIns.size(), marks.size());
	}

	/**
	 * Marks a learner on the roster; after sign-off only with a reason, as an
	 * amendment of the current mark.
	 */
	public RosterRow.Mark mark(AuthenticatedAccount actor, long sessionId, long learnerId, MarkRequest request) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId, true);
		if (!onRoster(sessionId, learnerId)) {
			throw new RecordNotFoundException("Learner on this roster", learnerId);
		}
		return record(actor, session, learnerId, request, AttendanceMark.Source.ROSTER);
	}

	/**
	 * Adds a learner enrolled in the activity who came without a registration,
	 * found by e-mail or by a name only they match, as present (or as the mark
	 * given).
	 */
	public RosterRow.Mark addWalkIn(AuthenticatedAccount actor, long sessionId, String who, MarkRequest request) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId, true);
		String text = who == null ? "" : who.strip();
		if (text.length() < 3) {
			throw new InvalidInputException("Type the learner's e-mail address or name.",
					Map.of("who", "Type the learner's e-mail address or name (3 characters or more)."));
		}
		List<AccountDetails> found = text.contains("@")
				? accounts.findByEmail(text).map(List::of).orElse(List.of())
				: accounts.find(text, 0, 20, "familyName", true).items();
		List<AccountDetails> enrolled = found.stream()
				.filter(a -> enrollments.enrollmentOf(a.id(), session.activityId()).isPresent()).toList();
		if (enrolled.isEmpty()) {
			throw new InvalidInputException("No learner enrolled in this activity matches \"" + text + "\".",
					Map.of("who", "No learner enrolled in this activity matches; they enrol first."));
		}
		if (enrolled.size() > 1) {
			throw new InvalidInputException(
					enrolled.size() + " enrolled learners match \"" + text
							+ "\"; type the e-mail address of the one who came.",
					Map.of("who", "Several learners match; use the e-mail address."));
		}
		long learnerId = enrolled.get(0).id();
		if (onRoster(sessionId, learnerId)) {
			throw new InvalidInputException(enrolled.get(0).displayName() + " is on the roster already.",
					Map.of("who", "On the roster already: mark them there."));
		}
		MarkRequest mark = request == null || request.status() == null
				? new MarkRequest("PRESENT", null, request == null ? null : request.note(),
						request == null ? null : request.reason())
				: request;
		return record(actor, session, learnerId, mark, AttendanceMark.Source.WALK_IN);
	}

	/**
	 * Marks present everyone who checked in with the code and has no mark yet; how
	 * many.
	 */
	public int markCheckedInPresent(AuthenticatedAccount actor, long sessionId) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId, true);
		requireOpen(sessionId);
		Set<Long> marked = new java.util.HashSet<>(
				em.createQuery("SELECT DISTINCT m.accountId FROM AttendanceMark m WHERE m.sessionId = :s", Long.class)
						.setParameter("s", sessionId).getResultList());
		Instant now = Instant.now(clock);
		int count = 0;
		for (SessionCheckIn c : em
				.createQuery("SELECT c FROM SessionCheckIn c WHERE c.sessionId = :s", SessionCheckIn.class)
				.setParameter("s", sessionId).getResultList()) {
			if (marked.add(c.accountId())) {
				em.persist(new AttendanceMark(sessionId, c.accountId(), AttendanceStatus.PRESENT,
						(int) minutes(session), null, AttendanceMark.Source.CHECK_IN, null, null, actor.email(), now));
				count++;
			}
		}
		audit.record(actor.email(), "ROSTER_CHECKED_IN_PRESENT", "LiveSession", sessionId, count + " marked present");
		return count;
	}

	/**
	 * Signs the roster off once the session has started: registered learners still
	 * without a mark are marked absent, and from now on a change is an amendment
	 * with a reason.
	 */
	public RosterPage signOff(AuthenticatedAccount actor, long sessionId) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = session(sessionId, true);
		requireOpen(sessionId);
		Instant now = Instant.now(clock);
		if (now.isBefore(session.startsAt())) {
			throw new InvalidInputException("The session has not started; sign the roster off once it has.",
					Map.of("session", "The session has not started."));
		}
		Set<Long> marked = new java.util.HashSet<>(
				em.createQuery("SELECT DISTINCT m.accountId FROM AttendanceMark m WHERE m.sessionId = :s", Long.class)
						.setParameter("s", sessionId).getResultList());
		int absent = 0;
		for (Long learner : em
				.createQuery("SELECT r.accountId FROM SessionRegistration r WHERE r.sessionId = :s"
						+ " AND r.status = :registered", Long.class)
				.setParameter("s", sessionId).setParameter("registered", RegistrationStatus.REGISTERED)
				.getResultList()) {
			if (!marked.contains(learner)) {
				em.persist(new AttendanceMark(sessionId, learner, AttendanceStatus.ABSENT, 0, null,
						AttendanceMark.Source.SIGN_OFF, null, null, actor.email(), now));
				absent++;
			}
		}
		em.persist(new SessionSignOff(sessionId, actor.email(), now));
		em.flush();
		audit.record(actor.email(), "ROSTER_SIGNED_OFF", "LiveSession", sessionId,
				absent + " unmarked registrant(s) marked absent");
		return roster(actor, sessionId, null, 0, 50);
	}

	private RosterRow.Mark record(AuthenticatedAccount actor, LiveSession session, long learnerId, MarkRequest request,
			AttendanceMark.Source source) {
		long sessionId = session.id();
		boolean signedOff = em.find(SessionSignOff.class, sessionId) != null;
		AttendanceStatus status = status(request.status());
		long sessionMinutes = minutes(session);
		Map<String, String> errors = Marks.problems(status, request.minutes(), blankToNull(request.note()),
				blankToNull(request.reason()), sessionMinutes, signedOff);
		if (request.status() != null && status == null) {
			errors.put("status", "Unknown mark \"" + request.status() + "\"; use PRESENT, ABSENT, LATE or LEFT_EARLY.");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The mark was not recorded: " + String.join(" ", errors.values()), errors);
		}
		Long amends = null;
		if (signedOff) {
			amends = em
					.createQuery("SELECT m.id FROM AttendanceMark m WHERE m.sessionId = :s AND m.accountId = :a"
							+ " ORDER BY m.id DESC", Long.class)
					.setParameter("s", sessionId).setParameter("a", learnerId).setMaxResults(1).getResultStream()
					.findFirst().orElse(null);
		}
		String reason = blankToNull(request.reason());
		AttendanceMark mark = new AttendanceMark(sessionId, learnerId, status,
				Marks.minutes(status, request.minutes(), sessionMinutes), blankToNull(request.note()), source, amends,
				amends == null && !signedOff ? null : reason, actor.email(), Instant.now(clock));
		em.persist(mark);
		em.flush();
		audit.record(actor.email(), signedOff ? "ATTENDANCE_AMENDED" : "ATTENDANCE_MARKED", "LiveSession", sessionId,
				"account " + learnerId + ": " + status + " " + mark.minutes() + " min"
						+ (reason == null ? "" : " (" + reason + ")"));
		return view(mark);
	}

	private void requireOpen(long sessionId) {
		SessionSignOff signOff = em.find(SessionSignOff.class, sessionId);
		if (signOff != null) {
			throw new InvalidInputException(
					"The roster was signed off by " + signOff.signedBy()
							+ "; amend a learner's mark with a reason instead.",
					Map.of("session", "The roster is signed off."));
		}
	}

	private boolean onRoster(long sessionId, long learnerId) {
		return !em
				.createQuery("SELECT r.id FROM SessionRegistration r WHERE r.sessionId = :s AND r.accountId = :a"
						+ " AND r.status <> :cancelled", Long.class)
				.setParameter("s", sessionId).setParameter("a", learnerId)
				.setParameter("cancelled", RegistrationStatus.CANCELLED).getResultList().isEmpty()
				|| !em.createQuery("SELECT c.id FROM SessionCheckIn c WHERE c.sessionId = :s AND c.accountId = :a",
						Long.class).setParameter("s", sessionId).setParameter("a", learnerId).getResultList().isEmpty()
				|| !em.createQuery("SELECT m.id FROM AttendanceMark m WHERE m.sessionId = :s AND m.accountId = :a",
						Long.class).setParameter("s", sessionId).setParameter("a", learnerId).setMaxResults(1)
						.getResultList().isEmpty()
				|| imports.minutesByLearner(sessionId).containsKey(learnerId);
	}

	private LiveSession session(long sessionId, boolean lock) {
		LiveSession session = lock
				? em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
				: em.find(LiveSession.class, sessionId);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		return session;
	}

	private static long minutes(LiveSession session) {
		return Duration.between(session.startsAt(), session.endsAt()).toMinutes();
	}

	private static AttendanceStatus status(String code) {
		if (code == null) {
			return null;
		}
		try {
			return AttendanceStatus.valueOf(code.strip().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private static String familyName(AccountDetails a) {
		return a == null ? "" : a.familyName().toLowerCase(Locale.ROOT);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static RosterRow.Mark view(AttendanceMark m) {
		return new RosterRow.Mark(m.id(), m.status().name(), m.status().label(), m.minutes(), m.note(),
				m.source().label(), m.amendsId(), m.reason(), m.recordedBy(), m.recordedAt());
	}
}
