package org.opencme.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.control.AnswerRules;
import org.opencme.learning.control.AttemptRules;
import org.opencme.learning.control.FeedbackRules;
import org.opencme.learning.control.Grading;
import org.opencme.learning.control.LearningAccess;
import org.opencme.learning.control.QuestionDraw;
import org.opencme.learning.control.VersionManifests;
import org.opencme.learning.entity.Attempt;
import org.opencme.learning.entity.AttemptResponse;
import org.opencme.learning.entity.Enrollment;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Quiz attempts. Every response is written the moment it is given, so a closed
 * browser, a lost network or a restarted server loses nothing; the time limit
 * is kept by the server; submitting twice gives the same result; the attempt
 * limit counts submitted attempts.
 */
@Stateless
public class AttemptService {

	private static final SecureRandom RANDOM = new SecureRandom();

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	EnrollmentService enrollments;

	@Inject
	VersionManifests manifests;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	/**
	 * Starts an attempt, or resumes the open one. Refused when passed already or
	 * out of attempts.
	 */
	public AttemptDetails start(AuthenticatedAccount learner, long enrollmentId, String moduleKey) {
		Enrollment enrollment = enrollments.forWriting(learner, enrollmentId);
		QuizModuleSpec quiz = quiz(enrollment, moduleKey);
		List<Attempt> attempts = attempts(enrollmentId, moduleKey);
		for (Attempt open : attempts) {
			if (!open.isSubmitted()) {
				if (!open.isOverdue(Instant.now(clock))) {
					return view(open, quiz);
				}
				grade(learner, open, quiz, enrollment);
			}
		}
		AttemptRules.whyNoNewAttempt(quiz, attempts).ifPresent(why -> {
			throw new LearningExceptions.AttemptClosedException(why);
		});
		QuestionDraw.Drawn drawn = QuestionDraw.draw(quiz, RANDOM);
		Instant now = Instant.now(clock);
		Attempt attempt = new Attempt(enrollmentId, moduleKey, attempts.size() + 1, drawn.questionKeys(),
				drawn.optionOrder(), now, Attempt.deadlineFor(now, quiz.timeLimitMinutes()));
		em.persist(attempt);
		em.flush();
		return view(attempt, quiz);
	}

	public AttemptDetails get(AuthenticatedAccount learner, long attemptId) {
		Attempt attempt = owned(learner, attemptId, LearningAccess.Use.READ);
		return view(attempt, quiz(em.find(Enrollment.class, attempt.enrollmentId()), attempt.moduleKey()));
	}

	/**
	 * Saves one answer now. Refused once submitted or after the time limit (the
	 * saved answers stand).
	 */
	public void saveResponse(AuthenticatedAccount learner, long attemptId, String questionKey, Set<String> options) {
		Attempt attempt = owned(learner, attemptId, LearningAccess.Use.WRITE);
		AnswerRules.closed(attempt, Instant.now(clock)).ifPresent(why -> {
			throw new LearningExceptions.AttemptClosedException(why);
		});
		QuizModuleSpec quiz = quiz(em.find(Enrollment.class, attempt.enrollmentId()), attempt.moduleKey());
		AnswerRules.requireValid(quiz, attempt, questionKey, options);
		AttemptResponse response = em.find(AttemptResponse.class, new AttemptResponse.Key(attemptId, questionKey));
		if (response == null) {
			em.persist(new AttemptResponse(attemptId, questionKey, options, Instant.now(clock)));
		} else {
			response.change(options, Instant.now(clock));
		}
	}

	/**
	 * Grades the attempt; a second submit answers the same result and changes
	 * nothing.
	 */
	public AttemptDetails submit(AuthenticatedAccount learner, long attemptId) {
		Attempt attempt = owned(learner, attemptId, LearningAccess.Use.WRITE);
		Enrollment enrollment = em.find(Enrollment.class, attempt.enrollmentId());
		QuizModuleSpec quiz = quiz(enrollment, attempt.moduleKey());
		if (!attempt.isSubmitted()) {
			grade(learner, attempt, quiz, enrollment);
		}
		return view(attempt, quiz);
	}

	private void grade(AuthenticatedAccount learner, Attempt attempt, QuizModuleSpec quiz, Enrollment enrollment) {
		Map<String, QuestionSpec> bank = quiz.questions().stream().collect(Collectors.toMap(QuestionSpec::key, q -> q));
		List<QuestionSpec> asked = attempt.questionKeys().stream().map(bank::get).toList();
		Grading.Result result = Grading.grade(asked, answers(attempt.id()), Grading.passPercent(quiz));
		attempt.submit(result.percent(), result.passed(), attempt.gradedAt(Instant.now(clock)));
		audit.record("learner " + enrollment.learnerId(), "ATTEMPT_SUBMITTED", "Attempt", attempt.id(),
				result.percent() + "% " + (result.passed() ? "passed" : "not passed"));
		if (result.passed()) {
			enrollments.markDone(learner, enrollment.id(), attempt.moduleKey());
		}
	}

	private Map<String, Set<String>> answers(long attemptId) {
		return em.createQuery("SELECT r FROM AttemptResponse r WHERE r.attemptId = :id", AttemptResponse.class)
				.setParameter("id", attemptId).getResultList().stream()
				.collect(Collectors.toMap(AttemptResponse::questionKey, AttemptResponse::selected));
	}

	private AttemptDetails view(Attempt attempt, QuizModuleSpec quiz) {
		Map<String, QuestionSpec> bank = quiz.questions().stream().collect(Collectors.toMap(QuestionSpec::key, q -> q));
		Map<String, Set<String>> answers = answers(attempt.id());
		FeedbackRules.Shown shown = attempt.isSubmitted()
				? FeedbackRules.shown(quiz, attempt, attempts(attempt.enrollmentId(), attempt.moduleKey()))
				: FeedbackRules.Shown.NOTHING;
		boolean marks = shown != FeedbackRules.Shown.NOTHING;
		boolean reveal = shown == FeedbackRules.Shown.ANSWERS;
		List<AttemptDetails.Question> questions = attempt.questionKeys().stream().map(key -> {
			QuestionSpec q = bank.get(key);
			Map<String, OptionSpec> options = q.options().stream().collect(Collectors.toMap(OptionSpec::key, o -> o));
			List<AttemptDetails.Option> ordered = attempt.optionOrder().get(key).stream()
					.map(o -> new AttemptDetails.Option(o, options.get(o).text())).toList();
			Set<String> selected = answers.getOrDefault(key, Set.of());
			Boolean correct = marks ? Grading.isCorrect(q, selected) : null;
			List<String> correctOptions = reveal
					? attempt.optionOrder().get(key).stream().filter(o -> options.get(o).correct()).toList()
					: null;
			return new AttemptDetails.Question(key, q.type().name(), q.text(), ordered, selected, correct,
					reveal ? q.rationale() : null, correctOptions);
		}).toList();
		long left = attempt.secondsLeft(Instant.now(clock));
		return new AttemptDetails(attempt.id(), attempt.enrollmentId(), attempt.moduleKey(), attempt.attemptNo(),
				quiz.attemptLimit() == null ? 0 : quiz.attemptLimit(), attempt.deadlineAt(), left,
				attempt.isSubmitted(), attempt.scorePercent(), attempt.passed(), Grading.passPercent(quiz), questions,
				shown.name());
	}

	private QuizModuleSpec quiz(Enrollment enrollment, String moduleKey) {
		if (manifests.module(enrollment.activityId(), enrollment.versionNo(), moduleKey) instanceof QuizModuleSpec q) {
			return q;
		}
		throw new InvalidInputException("Not a quiz.", Map.of("moduleId", moduleKey + " is not a quiz."));
	}

	private List<Attempt> attempts(long enrollmentId, String moduleKey) {
		return em.createQuery(
				"SELECT a FROM Attempt a WHERE a.enrollmentId = :e AND a.moduleKey = :m ORDER BY a.attemptNo",
				Attempt.class).setParameter("e", enrollmentId).setParameter("m", moduleKey).getResultList();
	}

	private Attempt owned(AuthenticatedAccount learner, long attemptId, LearningAccess.Use use) {
		Attempt attempt = em.find(Attempt.class, attemptId);
		if (attempt == null) {
			throw new RecordNotFoundException("Attempt", attemptId);
		}
		if (use == LearningAccess.Use.WRITE) {
			enrollments.forWriting(learner, attempt.enrollmentId());
		} else {
			enrollments.forReading(learner, attempt.enrollmentId());
		}
		return attempt;
	}
}
