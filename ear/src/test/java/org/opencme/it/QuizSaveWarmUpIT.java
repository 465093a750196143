package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.authoring.entity.Activity;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.control.VersionManifests;
import org.opencme.warmup.QuizSaveWarmUp;

/**
 * The write warm-up really saves answers (its statements run on the database)
 * and leaves nothing behind: every table has as many rows afterwards, a
 * learner's saved answer is untouched, and no warm-up account exists.
 */
@ExtendWith(ArquillianExtension.class)
class QuizSaveWarmUpIT {

	private static final List<String> TABLES = List.of("user_account", "user_role", "api_token", "audit_entry",
			"enrollment", "module_progress", "attempt", "attempt_response", "allowance", "allowance_entry");

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	QuizSaveWarmUp warmUp;

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
	VersionManifests manifests;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Test
	void roundsSaveAnswersAndEverythingIsRolledBack() throws Exception {
		Answered answered = learnerWithOneAnswer();
		Object[] answerBefore = answer(answered);
		Map<String, Long> before = counts();

		assertEquals(45, warmUp.round(45));
		assertEquals(45, warmUp.round(45), "a second round as well (the same server warms up in several rounds)");

		assertEquals(before, counts(), "no row added, none removed");
		assertEquals(List.of(answerBefore[0], answerBefore[1]), List.of(answer(answered)),
				"the learner's answer is untouched");
		assertEquals(0L, count("SELECT COUNT(*) FROM user_account WHERE email LIKE '%@warm-up.invalid'"));
	}

	private record Answered(long attemptId, String questionKey) {
	}

	/**
	 * A new learner in a free quiz of the test's own (the hypertension package
	 * published anew by a new designer and administrator), one answer saved.
	 */
	private Answered learnerWithOneAnswer() {
		AuthenticatedAccount designer = ContainerFixtures.newAccount(accounts, "warm-designer", Set.of(Role.DESIGNER));
		AuthenticatedAccount reviewer = ContainerFixtures.newAccount(accounts, "warm-admin", Set.of(Role.ADMIN));
		ContentPackage pkg = ContainerFixtures.demoPackage("hypertension-2026-update", Deployments.unique("Warm quiz"));
		long id = workingCopies.importPackage(designer, new PackageWriter().write(pkg)).id();
		review.submit(designer, id);
		review.approve(reviewer, id);
		Activity a = em.find(Activity.class, id);
		String quiz = QuizSaveWarmUp.freeQuiz(manifests.of(a.id(), a.liveVersionNo()), LocalDate.now(ZoneOffset.UTC))
				.orElseThrow(() -> new AssertionError("the hypertension activity is free and has a quiz"));
		AuthenticatedAccount learner = ContainerFixtures.newAccount(accounts, "warm", Set.of());
		long enrollment = enrollments.enrol(learner, a.id()).id();
		AttemptDetails attempt = attempts.start(learner, enrollment, quiz);
		AttemptDetails.Question q = attempt.questions().get(0);
		attempts.saveResponse(learner, attempt.id(), q.id(), Set.of(q.options().get(0).id()));
		return new Answered(attempt.id(), q.id());
	}

	private Object[] answer(Answered answered) {
		Object[] row = (Object[]) em
				.createNativeQuery(
						"SELECT selected, saved_at FROM attempt_response WHERE attempt_id = ?1 AND question_key = ?2")
				.setParameter(1, answered.attemptId()).setParameter(2, answered.questionKey()).getSingleResult();
		assertTrue(row[0] != null && row[1] != null);
		return new Object[]{row[0], String.valueOf(row[1])};
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		TABLES.forEach(t -> counts.put(t, count("SELECT COUNT(*) FROM " + t)));
		return counts;
	}

	private long count(String sql) {
		return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
	}
}
