package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.it.clock.MovableClock;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.LearningExceptions;

/**
 * The quiz time limit is the server's: once the stored deadline has passed, an
 * answer is refused, the answers saved in time are graded, the attempt counts
 * against the limit, and the submission is stamped at the deadline. The test
 * cannot wait out a real limit, so it moves the application's clock
 * ({@link MovableClock}) past the deadline, and back after each test, as the
 * other tests of this deployment run on the same clock.
 */
@ExtendWith(ArquillianExtension.class)
class QuizTimeLimitIT {

	private static final String QUIZ = "post-test";

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
	AttemptService attempts;

	@Inject
	MovableClock clock;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@AfterEach
	void moveTheClockBack() {
		clock.reset();
	}

	@Test
	void afterTheDeadlineAnswersAreRefusedAndTheSavedOnesAreGraded() throws Exception {
		AuthenticatedAccount learner = ContainerFixtures.newAccount(accounts, "timed-learner", Set.of());
		long enrollmentId = enrollments.enrol(learner, publishTimedQuiz(10)).id();

		AttemptDetails started = attempts.start(learner, enrollmentId, QUIZ);
		assertNotNull(started.deadline());
		long left = started.secondsLeft();
		assertTrue(left > 9 * 60 && left <= 10 * 60, "about ten minutes to go: " + left);
		AttemptDetails.Question first = started.questions().get(0);
		String firstChoice = first.options().get(0).id();
		attempts.saveResponse(learner, started.id(), first.id(), Set.of(firstChoice));

		clock.advance(Duration.ofMinutes(11)); // a minute past the ten-minute limit

		AttemptDetails.Question second = started.questions().get(1);
		LearningExceptions.AttemptClosedException late = assertThrows(LearningExceptions.AttemptClosedException.class,
				() -> attempts.saveResponse(learner, started.id(), second.id(), Set.of(second.options().get(0).id())));
		assertTrue(late.getMessage().contains("Time is up"), late.getMessage());

		AttemptDetails graded = attempts.submit(learner, started.id());
		assertTrue(graded.submitted());
		assertEquals(Set.of(firstChoice), graded.questions().get(0).selected(), "the answer saved in time stands");
		assertEquals(Set.of(), graded.questions().get(1).selected(), "the late answer was not kept");
		assertTrue(graded.secondsLeft() <= 0, "no time left to show once submitted");
		assertNotNull(graded.scorePercent());

		Instant[] stored = submittedAndDeadline(started.id());
		assertEquals(stored[1], stored[0], "a submission after the limit is stamped at the deadline");

		AttemptDetails again = attempts.submit(learner, started.id());
		assertEquals(graded.scorePercent(), again.scorePercent(), "a second submit changes nothing");
	}

	@Test
	void anOverdueOpenAttemptIsGradedWhenTheLearnerComesBackAndCountsAgainstTheLimit() throws Exception {
		AuthenticatedAccount learner = ContainerFixtures.newAccount(accounts, "timed-learner", Set.of());
		long enrollmentId = enrollments.enrol(learner, publishTimedQuiz(5)).id();

		AttemptDetails first = attempts.start(learner, enrollmentId, QUIZ);
		clock.advance(Duration.ofMinutes(7)); // two minutes past the five-minute limit

		AttemptDetails next = attempts.start(learner, enrollmentId, QUIZ);
		assertNotEquals(first.id(), next.id(), "the overdue attempt is closed, not resumed");
		assertEquals(2, next.attemptNo());
		assertFalse(next.submitted());
		AttemptDetails closed = attempts.get(learner, first.id());
		assertTrue(closed.submitted());
		assertEquals(Boolean.FALSE, closed.passed(), "nothing was answered in time");
	}

	private long publishTimedQuiz(int minutes) {
		AuthenticatedAccount designer = ContainerFixtures.newAccount(accounts, "timed-designer", Set.of(Role.DESIGNER));
		AuthenticatedAccount admin = ContainerFixtures.newAccount(accounts, "timed-admin", Set.of(Role.ADMIN));
		long id = workingCopies.importPackage(designer, new PackageWriter().write(timed(minutes))).id();
		review.submit(designer, id);
		review.approve(admin, id);
		return id;
	}

	/** The free hypertension demo under a unique title, its post-test timed. */
	private static ContentPackage timed(int minutes) {
		ContentPackage pkg = ContainerFixtures.demoPackage("hypertension-2026-update",
				Deployments.unique("Timed quiz"));
		List<ModuleSpec> modules = pkg.manifest().modules().stream()
				.map(m -> m instanceof QuizModuleSpec q
						? new QuizModuleSpec(q.key(), q.title(), q.required(), q.role(), q.passPercent(), 5, minutes,
								q.shuffleQuestions(), q.shuffleOptions(), q.drawCount(), q.feedback(), q.questions())
						: m)
				.toList();
		ActivityManifest m = pkg.manifest();
		return new ContentPackage(
				new ActivityManifest(m.activity(), m.completionCriteria(), m.certificateTemplate(), modules),
				pkg.files());
	}

	private Instant[] submittedAndDeadline(long attemptId) {
		Object[] row = (Object[]) em.createNativeQuery("SELECT submitted_at, deadline_at FROM attempt WHERE id = ?1")
				.setParameter(1, attemptId).getSingleResult();
		return new Instant[]{row[0] == null ? null : instant(row[0]), instant(row[1])};
	}

	private static Instant instant(Object value) {
		if (value instanceof Timestamp t) {
			return t.toInstant();
		}
		if (value instanceof java.time.OffsetDateTime o) {
			return o.toInstant();
		}
		throw new IllegalStateException("unexpected timestamp type " + value.getClass());
	}
}
