package org.opencme.attendance.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencme.attendance.control.reports.ReportPeople;
import org.opencme.attendance.control.reports.ReportRejectedException;
import org.opencme.attendance.control.reports.ReportRow;
import org.opencme.attendance.control.reports.ReportText;
import org.opencme.attendance.control.reports.TeamsReport;
import org.opencme.attendance.control.reports.WebexReport;
import org.opencme.attendance.control.reports.ZoomReport;
import org.opencme.attendance.entity.AttendanceImport;
import org.opencme.attendance.entity.ImportConfirmation;
import org.opencme.attendance.entity.ImportLine;
import org.opencme.attendance.entity.ImportLine.Outcome;
import org.opencme.attendance.entity.LiveSession;
import org.opencme.attendance.entity.RegistrationStatus;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Imports a Zoom, Teams or Webex participant report into a session. The file is
 * parsed whole first: if any line does not parse, the answer names it and
 * nothing is stored. People are matched by e-mail to learners enrolled in the
 * activity; a person without an e-mail whose name is exactly one learner's on
 * the roster is offered for the proctor to confirm, never applied silently;
 * hosts (the report's, and the session's proctors) and people without an
 * identity are listed and not credited. The same file (by SHA-256) imported
 * again answers the first import and changes nothing; the session's row lock
 * makes two uploads of it at once one import.
 */
@Stateless
public class AttendanceImportService {

	static final int LARGEST = 5 * 1024 * 1024;

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
	Clock clock;

	public ImportSummary importReport(AuthenticatedAccount actor, long sessionId, String fileName, byte[] file) {
		proctors.requireProctorOf(actor, sessionId);
		LiveSession session = em.find(LiveSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
		if (session == null) {
			throw new RecordNotFoundException("Session", sessionId);
		}
		if (file == null || file.length == 0) {
			throw refused("The file is empty.");
		}
		if (file.length > LARGEST) {
			throw refused("The file is larger than 5 MB; a participant report is much smaller.");
		}
		String sha = sha256(file);
		Optional<AttendanceImport> before = em
				.createQuery("SELECT i FROM AttendanceImport i WHERE i.sessionId = :s AND i.sha256 = :h",
						AttendanceImport.class)
				.setParameter("s", sessionId).setParameter("h", sha).getResultStream().findFirst();
		if (before.isPresent()) {
			return summary(before.get(), true);
		}
		String text = ReportText.decode(file);
		ZoneId zone = ZoneId.of(session.timeZone());
		String platform;
		List<ReportRow> rows;
		try {
			if (ZoomReport.recognises(text)) {
				platform = "Zoom";
				rows = ZoomReport.parse(text, zone).rows();
			} else if (TeamsReport.recognises(text)) {
				platform = "Teams";
				rows = TeamsReport.parse(text, zone, session.endsAt());
			} else if (WebexReport.recognises(text)) {
				platform = "Webex";
				rows = WebexReport.parse(text, zone);
			} else {
				throw refused("This is not a Zoom, Microsoft Teams or Webex participant report: none of their"
						+ " headers (Name (Original Name), Full Name / User Action, In-Meeting activities,"
						+ " Attendee Email) is in it.");
			}
		} catch (ReportRejectedException e) {
			throw refused(e.getMessage());
		}
		if (rows.isEmpty()) {
			throw refused("The report lists nobody.");
		}
		List<ReportPeople.Person> people = ReportPeople.of(rows, session.startsAt(), session.endsAt());
		Set<String> staff = new HashSet<>();
		proctors.of(actor, sessionId).forEach(p -> staff.add(p.email().toLowerCase(Locale.ROOT)));
		Map<String, List<Long>> rosterByName = rosterByName(sessionId);

		Instant now = Instant.now(clock);
		AttendanceImport imported = new AttendanceImport(sessionId, sha, platform, fileName, actor.email(), now);
		em.persist(imported);
		em.flush();
		for (ReportPeople.Person p : people) {
			Outcome outcome;
			Long account = null;
			if (p.host() || (p.email() != null && staff.contains(p.email()))) {
				outcome = Outcome.HOST;
			} else if (p.email() != null) {
				Optional<AccountDetails> found = accounts.findByEmail(p.email());
				boolean enrolled = found.isPresent()
						&& enrollments.enrollmentOf(found.get().id(), session.activityId()).isPresent();
				outcome = enrolled ? Outcome.MATCHED : Outcome.NOT_ENROLLED;
				account = enrolled ? found.get().id() : null;
			} else {
				List<Long> candidates = rosterByName.getOrDefault(ReportPeople.normalisedName(p.name()), List.of());
				outcome = candidates.size() == 1 ? Outcome.NAME_MATCH : Outcome.NO_IDENTITY;
				account = candidates.size() == 1 ? candidates.get(0) : null;
			}
			em.persist(new ImportLine(imported.id(), p.line(), p.name(), p.email(), p.minutes(), outcome, account));
		}
		em.flush();
		audit.record(actor.email(), "ATTENDANCE_IMPORTED", "LiveSession", sessionId,
				platform + " report " + (fileName == null ? "" : fileName) + ", " + people.size() + " people");
		return summary(imported, false);
	}

	/**
	 * A proctor confirms that a name-only line is the learner it was matched to.
	 */
	public ImportSummary.Line confirm(AuthenticatedAccount actor, long sessionId, long lineId) {
		proctors.requireProctorOf(actor, sessionId);
		ImportLine line = em.find(ImportLine.class, lineId);
		AttendanceImport imported = line == null ? null : em.find(AttendanceImport.class, line.importId());
		if (imported == null || imported.sessionId() != sessionId) {
			throw new RecordNotFoundException("Import line", lineId);
		}
		if (line.outcome() != Outcome.NAME_MATCH) {
			throw new InvalidInputException("Only a name match is confirmed; this line is: " + line.outcome().label(),
					Map.of("line", line.outcome().label()));
		}
		if (em.find(ImportConfirmation.class, lineId) == null) {
			em.persist(new ImportConfirmation(lineId, line.accountId(), actor.email(), Instant.now(clock)));
			em.flush();
			audit.record(actor.email(), "ATTENDANCE_IMPORT_CONFIRMED", "LiveSession", sessionId,
					"line " + lineId + " is account " + line.accountId());
		}
		return view(line, em.find(ImportConfirmation.class, lineId));
	}

	/** The session's imports, newest first. */
	public List<ImportSummary> imports(AuthenticatedAccount actor, long sessionId) {
		proctors.requireProctorOf(actor, sessionId);
		return em
				.createQuery("SELECT i FROM AttendanceImport i WHERE i.sessionId = :s ORDER BY i.id DESC",
						AttendanceImport.class)
				.setParameter("s", sessionId).getResultList().stream().map(i -> summary(i, false)).toList();
	}

	/**
	 * Minutes the session's imports give each learner: matched by e-mail, or a
	 * confirmed name match; the most any one report gives.
	 */
	public Map<Long, Integer> minutesByLearner(long sessionId) {
		Map<Long, Integer> minutes = new HashMap<>();
		for (Object[] row : em.createQuery(
				"SELECT l, c FROM ImportLine l LEFT JOIN ImportConfirmation c"
						+ " ON c.lineId = l.id, AttendanceImport i WHERE i.id = l.importId AND i.sessionId = :s",
				Object[].class).setParameter("s", sessionId).getResultList()) {
			ImportLine l = (ImportLine) row[0];
			boolean counts = l.outcome() == Outcome.MATCHED || (l.outcome() == Outcome.NAME_MATCH && row[1] != null);
			if (counts && l.accountId() != null) {
				minutes.merge(l.accountId(), l.minutes(), Math::max);
			}
		}
		return minutes;
	}

	private Map<String, List<Long>> rosterByName(long sessionId) {
		Set<Long> people = new HashSet<>(em
				.createQuery(
						"SELECT r.accountId FROM SessionRegistration r" + " WHERE r.sessionId = :s AND r.status <> :c",
						Long.class)
				.setParameter("s", sessionId).setParameter("c", RegistrationStatus.CANCELLED).getResultList());
		people.addAll(em.createQuery("SELECT c.accountId FROM SessionCheckIn c WHERE c.sessionId = :s", Long.class)
				.setParameter("s", sessionId).getResultList());
		Map<String, List<Long>> byName = new HashMap<>();
		accounts.details(people).values().forEach(a -> byName
				.computeIfAbsent(ReportPeople.normalisedName(a.displayName()), k -> new ArrayList<>()).add(a.id()));
		return byName;
	}

	private ImportSummary summary(AttendanceImport i, boolean repeated) {
		List<ImportSummary.Line> lines = new ArrayList<>();
		for (Object[] row : em
				.createQuery("SELECT l, c FROM ImportLine l LEFT JOIN ImportConfirmation c"
						+ " ON c.lineId = l.id WHERE l.importId = :i ORDER BY l.lineNo", Object[].class)
				.setParameter("i", i.id()).getResultList()) {
			lines.add(view((ImportLine) row[0], (ImportConfirmation) row[1]));
		}
		return new ImportSummary(i.id(), i.sessionId(), i.platform(), i.fileName(), repeated, i.importedBy(),
				i.importedAt(), lines);
	}

	private static ImportSummary.Line view(ImportLine l, ImportConfirmation c) {
		return new ImportSummary.Line(l.id(), l.lineNo(), l.name(), l.email(), l.minutes(), l.outcome().name(),
				l.outcome().label(), l.accountId(), c != null, c == null ? null : c.confirmedBy());
	}

	private static InvalidInputException refused(String why) {
		return new InvalidInputException("The report was not imported; nothing was stored. " + why,
				Map.of("file", why));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
