package org.opencme.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.QuizModuleSpec;

/**
 * The write warm-up enrols its rolled-back learner only where enrolling spends
 * nothing and takes no place, and where a quiz can be started today.
 */
class QuizSaveWarmUpTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	private final ActivityManifest free = DemoPackages.read("hypertension-2026-update").manifest();

	private static ActivityManifest with(ActivityManifest m, long fee, Integer capacity, LocalDate release,
			LocalDate expiry) {
		ActivitySpec a = m.activity();
		return new ActivityManifest(
				new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(), a.format(),
						a.estimatedMinutes(), a.faculty(), a.accreditationStatement(), a.creditDesignations(), release,
						expiry, fee, a.currency(), capacity),
				m.completionCriteria(), m.certificateTemplate(), m.modules());
	}

	private String firstQuizKey() {
		return free.modules().stream().filter(QuizModuleSpec.class::isInstance).map(ModuleSpec::key).findFirst()
				.orElseThrow();
	}

	@Test
	void aFreeOpenActivityGivesItsFirstQuiz() {
		assertEquals(Optional.of(firstQuizKey()),
				QuizSaveWarmUp.freeQuiz(with(free, 0, null, TODAY.minusDays(1), TODAY.plusDays(2)), TODAY));
		assertEquals(Optional.of(firstQuizKey()), QuizSaveWarmUp.freeQuiz(with(free, 0, null, null, null), TODAY));
	}

	@Test
	void aPaidOrLimitedActivityIsNeverUsed() {
		assertEquals(Optional.empty(), QuizSaveWarmUp.freeQuiz(with(free, 1, null, null, null), TODAY));
		assertEquals(Optional.empty(), QuizSaveWarmUp.freeQuiz(with(free, 0, 500, null, null), TODAY));
	}

	@Test
	void anActivityNotOpenTodayAndTomorrowIsNotUsed() {
		assertEquals(Optional.empty(), QuizSaveWarmUp.freeQuiz(with(free, 0, null, TODAY, null), TODAY));
		assertEquals(Optional.empty(), QuizSaveWarmUp.freeQuiz(with(free, 0, null, null, TODAY.plusDays(1)), TODAY));
	}

	@Test
	void anActivityWithoutQuizIsNotUsed() {
		ActivityManifest noQuiz = new ActivityManifest(free.activity(), free.completionCriteria(),
				free.certificateTemplate(),
				free.modules().stream().filter(m -> !(m instanceof QuizModuleSpec)).toList());
		assertEquals(Optional.empty(), QuizSaveWarmUp.freeQuiz(with(noQuiz, 0, null, null, null), TODAY));
		assertEquals(List.of(), noQuiz.modules().stream().filter(QuizModuleSpec.class::isInstance).toList());
	}
}
