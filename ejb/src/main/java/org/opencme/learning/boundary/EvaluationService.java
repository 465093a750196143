package org.opencme.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.content.pkg.EvaluationItemSpec;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.control.EvaluationRules;
import org.opencme.learning.control.VersionManifests;
import org.opencme.learning.entity.Enrollment;
import org.opencme.learning.entity.EvaluationAnswer;
import org.opencme.platform.boundary.InvalidInputException;

/**
 * The activity evaluation: each answer is saved the moment it is given (like
 * quiz responses); submitting needs every Likert item answered and completes
 * the module. After submission the answers no longer change.
 */
@Stateless
public class EvaluationService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	EnrollmentService enrollments;

	@Inject
	VersionManifests manifests;

	@Inject
	Clock clock;

	/** The {@code evaluation_answer.answer} column. */
	public static final int MAX_ANSWER = EvaluationRules.MAX_ANSWER;

	/** The items with what the learner answered so far. */
	public record EvaluationForm(String moduleId, boolean submitted, List<Item> items) {
	}

	/** One item of the form. */
	public record Item(String id, String type, String text, String answer) {
	}

	public EvaluationForm form(AuthenticatedAccount learner, long enrollmentId, String moduleKey) {
		Enrollment enrollment = enrollments.forReading(learner, enrollmentId);
		EvaluationModuleSpec spec = spec(enrollment, moduleKey);
		Map<String, String> answers = answers(enrollmentId, moduleKey);
		boolean submitted = enrollments.get(learner, enrollmentId).modules().stream()
				.anyMatch(m -> m.id().equals(moduleKey) && m.completed());
		return new EvaluationForm(moduleKey, submitted, spec.items().stream()
				.map(i -> new Item(i.key(), i.type().name(), i.text(), answers.get(i.key()))).toList());
	}

	public void save(AuthenticatedAccount learner, long enrollmentId, String moduleKey, String itemKey, String answer) {
		Enrollment enrollment = enrollments.forWriting(learner, enrollmentId);
		EvaluationModuleSpec spec = spec(enrollment, moduleKey);
		if (form(learner, enrollmentId, moduleKey).submitted()) {
			throw new LearningExceptions.AttemptClosedException(
					"The evaluation was submitted; it can no longer change.");
		}
		EvaluationItemSpec item = spec.items().stream().filter(i -> i.key().equals(itemKey)).findFirst().orElseThrow(
				() -> new InvalidInputException("Unknown item.", Map.of("item", itemKey + " is not asked.")));
		String value = EvaluationRules.accepted(item, answer);
		EvaluationAnswer saved = em.find(EvaluationAnswer.class,
				new EvaluationAnswer.Key(enrollmentId, moduleKey, itemKey));
		if (saved == null) {
			em.persist(new EvaluationAnswer(enrollmentId, moduleKey, itemKey, value, Instant.now(clock)));
		} else {
			saved.change(value, Instant.now(clock));
		}
	}

	/**
	 * Submits the evaluation: every Likert item must be answered; every missing one
	 * is named.
	 */
	public EvaluationForm submit(AuthenticatedAccount learner, long enrollmentId, String moduleKey) {
		Enrollment enrollment = enrollments.forWriting(learner, enrollmentId);
		EvaluationModuleSpec spec = spec(enrollment, moduleKey);
		EvaluationRules.requireSubmittable(spec, answers(enrollmentId, moduleKey));
		enrollments.markDone(learner, enrollmentId, moduleKey);
		return form(learner, enrollmentId, moduleKey);
	}

	private Map<String, String> answers(long enrollmentId, String moduleKey) {
		return em
				.createQuery("SELECT a FROM EvaluationAnswer a WHERE a.enrollmentId = :e AND a.moduleKey = :m",
						EvaluationAnswer.class)
				.setParameter("e", enrollmentId).setParameter("m", moduleKey).getResultList().stream()
				.collect(Collectors.toMap(EvaluationAnswer::itemKey, EvaluationAnswer::answer));
	}

	private EvaluationModuleSpec spec(Enrollment enrollment, String moduleKey) {
		if (manifests.module(enrollment.activityId(), enrollment.versionNo(),
				moduleKey) instanceof EvaluationModuleSpec e) {
			return e;
		}
		throw new InvalidInputException("Not an evaluation.", Map.of("moduleId", moduleKey + " is not an evaluation."));
	}
}
