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
import org.opencme.authoring.entity.Activity;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.RegistrationRequest;
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

	/** A new learner in the free demo quiz the warm-up uses, one answer saved. */
	private Answered learnerWithOneAnswer() {
		String email = Deployments.unique("warm") + "@example.org";
		accounts.register(
				new RegistrationRequest(email, "a long passphrase", "Wanda", "Warm", Profession.MD, null, List.of()));
		AuthenticatedAccount learner = accounts.authenticate(email, "a long passphrase").orElseThrow();
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		for (Activity a : em
				.createQuery("SELECT a FROM Activity a WHERE a.liveVersionNo IS NOT NULL ORDER BY a.id", Activity.class)
				.getResultList()) {
			var quiz = QuizSaveWarmUp.freeQuiz(manifests.of(a.id(), a.liveVersionNo()), today);
			if (a.isLive() && quiz.isPresent()) {
				long enrollment = enrollments.enrol(learner, a.id()).id();
				AttemptDetails attempt = attempts.start(learner, enrollment, quiz.get());
				AttemptDetails.Question q = attempt.questions().get(0);
				attempts.saveResponse(learner, attempt.id(), q.id(), Set.of(q.options().get(0).id()));
				return new Answered(attempt.id(), q.id());
			}
		}
		throw new AssertionError("the demo data has a free live activity with a quiz");
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
