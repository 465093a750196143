package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.attendance.boundary.CheckInService;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.MarkRequest;
import org.opencme.attendance.boundary.ProctorService;
import org.opencme.attendance.boundary.RegistrationService;
import org.opencme.attendance.boundary.RosterPage;
import org.opencme.attendance.boundary.RosterRow;
import org.opencme.attendance.boundary.RosterService;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.attendance.entity.AttendanceMark;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.it.clock.MovableClock;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * A proctor's roster from check-in to amendment: checked-in learners marked
 * present at once, a late arrival with its minutes, a walk-in by e-mail, the
 * roster paged and filtered on the server; sign-off marks the unmarked absent
 * and locks it; a change after that needs a reason and stands beside the
 * original; a mark row cannot be updated. The session is an hour away, so the
 * test moves the application's clock ({@link MovableClock}) into it.
 */
@ExtendWith(ArquillianExtension.class)
class RosterIT {

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	AccountService accounts;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	ReviewService review;

	@Inject
	EnrollmentService enrollments;

	@Inject
	LiveSessionService sessions;

	@Inject
	RegistrationService registrations;

	@Inject
	ProctorService proctors;

	@Inject
	CheckInService checkIns;

	@Inject
	RosterService rosters;

	@Inject
	MovableClock clock;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	UserTransaction tx;

	@AfterEach
	void moveTheClockBack() {
		clock.reset();
	}

	@Test
	void fromCheckInToSignOffAndAmendment() throws Exception {
		AuthenticatedAccount designer = ContainerFixtures.newAccount(accounts, "roster-designer",
				Set.of(Role.DESIGNER));
		AuthenticatedAccount admin = ContainerFixtures.newAccount(accounts, "roster-admin", Set.of(Role.ADMIN));
		AuthenticatedAccount proctor = ContainerFixtures.newAccount(accounts, "roster-proctor", Set.of(Role.PROCTOR));
		AuthenticatedAccount stranger = ContainerFixtures.newAccount(accounts, "roster-stranger", Set.of(Role.PROCTOR));
		ContentPackage demo = ContainerFixtures.demoPackage("implicit-bias-clinical-care",
				Deployments.unique("Roster"));
		ActivitySpec a = demo.manifest().activity();
		ContentPackage free = demo
				.withActivity(new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
						a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
						a.creditDesignations(), a.releaseDate(), a.expiryDate(), 0, a.currency(), a.capacity()));
		long activity = workingCopies.importPackage(designer, new PackageWriter().write(free)).id();
		review.submit(designer, activity);
		review.approve(admin, activity);
		LocalDateTime start = LocalDateTime.now(ZoneOffset.UTC).plusHours(1).withSecond(0).withNano(0);
		long session = sessions
				.schedule(designer, activity,
						new ScheduleRequest("live-webinar", start, start.plusMinutes(90), "UTC", null, null, "Room 2"))
				.id();
		proctors.assign(designer, session, proctor.email());

		AuthenticatedAccount checkedIn = learner(activity, session, "roster-checked");
		AuthenticatedAccount late = learner(activity, session, "roster-late");
		AuthenticatedAccount noShow = learner(activity, session, "roster-noshow");
		AuthenticatedAccount walkIn = ContainerFixtures.newAccount(accounts, "roster-walkin", Set.of());
		enrollments.enrol(walkIn, activity);

		clock.advance(Duration.ofMinutes(70)); // ten minutes into the session
		checkIns.checkIn(checkedIn, session, checkIns.code(proctor, session).code());
		assertThrows(NotPermittedException.class, () -> rosters.roster(stranger, session, null, 0, 10),
				"another proctor does not see this roster");

		assertEquals(1, rosters.markCheckedInPresent(proctor, session));
		assertEquals(0, rosters.markCheckedInPresent(proctor, session), "marking again changes nothing");
		InvalidInputException noMinutes = assertThrows(InvalidInputException.class,
				() -> rosters.mark(proctor, session, late.id(), new MarkRequest("LATE", null, null, null)));
		assertEquals(Set.of("minutes"), noMinutes.fieldErrors().keySet());
		RosterRow.Mark lateMark = rosters.mark(proctor, session, late.id(),
				new MarkRequest("LATE", 70, "Joined after the first case", null));
		assertEquals(70, lateMark.minutes());
		assertEquals("Arrived late", lateMark.statusLabel());
		assertEquals("Walk-in", rosters.addWalkIn(proctor, session, walkIn.email(), null).source());
		assertThrows(InvalidInputException.class, () -> rosters.addWalkIn(proctor, session, walkIn.email(), null),
				"on the roster already");

		RosterPage all = rosters.roster(proctor, session, null, 0, 2);
		assertEquals(4, all.total(), "three registrants and a walk-in");
		assertEquals(2, all.rows().size(), "paged on the server");
		RosterPage found = rosters.roster(proctor, session, late.email().substring(0, 20), 0, 10);
		assertEquals(1, found.total());
		assertEquals(late.id(), found.rows().get(0).accountId());

		clock.advance(Duration.ofMinutes(90)); // the session is over
		RosterPage signed = rosters.signOff(proctor, session);
		assertTrue(signed.signedOff());
		Map<Long, RosterRow> rows = rosters.roster(proctor, session, null, 0, 50).rows().stream()
				.collect(Collectors.toMap(RosterRow::accountId, r -> r));
		assertEquals("ABSENT", rows.get(noShow.id()).current().status(), "unmarked at sign-off: absent");
		assertEquals("Not marked at sign-off", rows.get(noShow.id()).current().source());
		assertEquals("PRESENT", rows.get(checkedIn.id()).current().status());
		assertEquals(90, rows.get(checkedIn.id()).current().minutes());
		assertThrows(InvalidInputException.class, () -> rosters.signOff(proctor, session), "signed off once");
		assertThrows(InvalidInputException.class, () -> rosters.markCheckedInPresent(proctor, session));

		InvalidInputException noReason = assertThrows(InvalidInputException.class,
				() -> rosters.mark(proctor, session, noShow.id(), new MarkRequest("LEFT_EARLY", 30, null, null)));
		assertEquals(Set.of("reason"), noReason.fieldErrors().keySet());
		RosterRow.Mark amended = rosters.mark(proctor, session, noShow.id(),
				new MarkRequest("LEFT_EARLY", 30, null, "Was in the back row; the room sheet shows 30 minutes"));
		RosterRow row = rosters.roster(proctor, session, noShow.email(), 0, 10).rows().get(0);
		assertEquals(2, row.marks().size(), "the amendment stands beside the original");
		assertEquals(amended.id(), row.current().id());
		assertEquals(row.marks().get(1).id(), row.current().amends());
		assertEquals(proctor.email(), row.current().recordedBy());
		assertNull(row.marks().get(1).amends());

		// a mark row cannot be changed: every column is insert-only, so a changed field
		// is never written
		tx.begin();
		try {
			AttendanceMark stored = em.find(AttendanceMark.class, amended.id());
			var field = AttendanceMark.class.getDeclaredField("minutes");
			field.setAccessible(true);
			field.setInt(stored, 90);
			em.flush();
		} finally {
			tx.commit();
		}
		em.clear();
		Number minutes = (Number) em.createNativeQuery("SELECT minutes FROM attendance_mark WHERE id = ?1")
				.setParameter(1, amended.id()).getSingleResult();
		assertEquals(30, minutes.intValue(), "the stored mark is unchanged");
	}

	private AuthenticatedAccount learner(long activity, long session, String prefix) {
		AuthenticatedAccount learner = ContainerFixtures.newAccount(accounts, prefix, Set.of());
		enrollments.enrol(learner, activity);
		registrations.register(learner, session);
		return learner;
	}
}
