package org.opencme.warmup;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.ApiTokenService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.CreatedToken;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Compiles the write path of a quiz save (token check, enrolment and attempt
 * look-ups, EclipseLink insert and update of a response, the SQL on the
 * database) before the server says UP, without leaving anything behind. A round
 * runs in one bean-managed transaction that is <b>always rolled back</b>, never
 * committed: a throw-away learner of its own (no password, so it could never
 * sign in), a personal token, an enrolment in a free live activity with a quiz,
 * an attempt, and answers saved, changed and read back, each in a fresh
 * persistence context and flushed so that the statements really run. It only
 * inserts rows of its own and changes none but those; other people's attempts,
 * responses, attendance and credit are not read for update, let alone written,
 * and nothing of the round is ever visible to another transaction. Without a
 * free live quiz (a new installation) there is nothing to warm and a round does
 * nothing.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class QuizSaveWarmUp {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Resource
	UserTransaction tx;

	@Inject
	ApiTokenService tokens;

	@Inject
	EnrollmentService enrollments;

	@Inject
	AttemptService attempts;

	@Inject
	AccountService accounts;

	@Inject
	ActivityService activities;

	@Inject
	VersionService versions;

	@Inject
	Clock clock;

	/** A free live activity with a quiz: where a round saves its answers. */
	public record Target(long activityId, String quizKey) {
	}

	/**
	 * One rolled-back round of {@code saves} answers; the number of answers saved
	 * (0 without a free live quiz).
	 */
	public int round(int saves) throws NotSupportedException, SystemException {
		tx.begin();
		try {
			Optional<Target> target = target();
			return target.isEmpty() ? 0 : exercise(target.get(), saves);
		} finally {
			tx.rollback();
		}
	}

	private int exercise(Target target, int saves) {
		long account = accounts.unusableLearner("warm-up-" + UUID.randomUUID() + "@warm-up.invalid");
		CreatedToken token = tokens.create(account, "warm-up");
		AuthenticatedAccount learner = tokens.authenticate(token.secret()).orElseThrow();
		EnrollmentSummary enrollment = enrollments.enrol(learner, target.activityId());
		AttemptDetails attempt = attempts.start(learner, enrollment.id(), target.quizKey());
		List<AttemptDetails.Question> questions = attempt.questions();
		for (int i = 0; i < saves; i++) {
			// as a request of its own: a fresh persistence context, token checked, the
			// response found (inserted the first time round, updated after), flushed
			em.clear();
			AuthenticatedAccount caller = tokens.authenticate(token.secret()).orElseThrow();
			AttemptDetails.Question q = questions.get(i % questions.size());
			String option = q.options().get((i / questions.size()) % q.options().size()).id();
			attempts.saveResponse(caller, attempt.id(), q.id(), Set.of(option));
			em.flush();
		}
		em.clear();
		attempts.get(learner, attempt.id());
		return saves;
	}

	/**
	 * The first live activity where a learner could enrol and take a quiz at once.
	 */
	private Optional<Target> target() {
		LocalDate today = ProviderCalendar.today(clock);
		for (ActivitySummary activity : activities.live(0, 50)) {
			if (activity.isLive()) {
				Optional<String> quiz = freeQuiz(versions.versionManifest(activity.id(), activity.liveVersionNo()),
						today);
				if (quiz.isPresent()) {
					return Optional.of(new Target(activity.id(), quiz.get()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The key of the activity's first quiz if anyone may enrol today without
	 * spending anything or taking a place: free, no capacity, and open for
	 * enrolment by the enrolment's own rule
	 * ({@link EnrollmentService#openForEnrolmentOn}) from the day before today to
	 * the day after tomorrow, so every day between: a day's margin either side of
	 * today and tomorrow, so the provider's day turning over during a round cannot
	 * close it.
	 */
	public static Optional<String> freeQuiz(ActivityManifest manifest, LocalDate today) {
		ActivitySpec spec = manifest.activity();
		if (spec.feeMinor() > 0 || spec.capacity() != null
				|| !EnrollmentService.openForEnrolmentOn(spec, today.minusDays(1))
				|| !EnrollmentService.openForEnrolmentOn(spec, today.plusDays(2))) {
			return Optional.empty();
		}
		return manifest.modules().stream().filter(QuizModuleSpec.class::isInstance).map(ModuleSpec::key).findFirst();
	}
}
