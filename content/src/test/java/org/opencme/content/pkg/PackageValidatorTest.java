package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.opencme.content.pkg.TestPackages.assertProblem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules checked on models built in code, as an authoring tool would before
 * exporting.
 */
class PackageValidatorTest {

	private final PackageValidator validator = new PackageValidator();

	@Test
	void builtPackageWithoutProblemsValidates() {
		assertEquals(List.of(), validator.validate(packageWith(activity(0, "USD"), List.of())));
	}

	@Test
	void feeAndCurrencyAreChecked() {
		List<PackageProblem> problems = validator.validate(packageWith(activity(-1, "usd"), List.of()));
		assertProblem(problems, "activity.feeMinor", "negative");
		assertProblem(problems, "activity.currency", "ISO 4217");
	}

	@Test
	void videoNeedsExactlyOneSourceAndMediaUnderMedia() {
		List<ModuleSpec> extra = List.of(
				new VideoModuleSpec("both", "Both", true, "media/v.mp4", "https://player.vimeo.com/video/1", null),
				new VideoModuleSpec("neither", "Neither", true, null, null, null),
				new VideoModuleSpec("outside", "Outside", true, "videos/v.mp4", null, 101));
		List<PackageProblem> problems = validator.validate(packageWith(activity(0, "USD"), extra));
		assertProblem(problems, "modules[both]", "exactly one of media or url");
		assertProblem(problems, "modules[neither]", "exactly one of media or url");
		assertProblem(problems, "modules[outside].media", "under media/");
		assertProblem(problems, "modules[outside].requiredWatchedPercent", "between 1 and 100");
	}

	@Test
	void atMostOnePostTestAndValidModuleKeys() {
		List<ModuleSpec> extra = List.of(quiz("second-post-test"), new AttestationModuleSpec("bad key!", "X", true, 5));
		List<PackageProblem> problems = validator.validate(packageWith(activity(0, "USD"), extra));
		assertProblem(problems, "modules", "2 POST_TEST quizzes");
		assertProblem(problems, "modules[bad key!].key", "letters, digits");
	}

	@Test
	void sessionModuleOnlyTakesSessionKinds() {
		assertThrows(IllegalArgumentException.class, () -> new SessionModuleSpec("x", ModuleKind.QUIZ, "X", true));
	}

	@Test
	void missingManifestIsOneProblem() {
		assertEquals(List.of(new PackageProblem("manifest.json", "is required")),
				validator.validate(new ContentPackage(null, List.of())));
	}

	private static ContentPackage packageWith(ActivitySpec activity, List<ModuleSpec> extraModules) {
		List<ModuleSpec> modules = new ArrayList<>(
				List.of(new ContentModuleSpec("intro", "Intro", true, "a.md"), quiz("post-test")));
		modules.addAll(extraModules);
		CompletionCriteriaSpec criteria = new CompletionCriteriaSpec(List.of("intro", "post-test"), 70, false, null,
				false);
		return new ContentPackage(new ActivityManifest(activity, criteria, null, modules),
				List.of(PackageFile.ofText("a.md", "# A")));
	}

	private static QuizModuleSpec quiz(String key) {
		QuestionSpec question = new QuestionSpec("q1", QuestionType.TRUE_FALSE, "Sky is blue?",
				List.of(new OptionSpec("t", "True", true), new OptionSpec("f", "False", false)), "Rayleigh.");
		return new QuizModuleSpec(key, "Post-test", true, QuizRole.POST_TEST, 70, null, null, false, false, null,
				FeedbackTiming.NEVER, List.of(question));
	}

	private static ActivitySpec activity(long feeMinor, String currency) {
		FacultySpec author = new FacultySpec("A. Author, MD", "Author",
				new DisclosureSpec("Nothing to disclose.", LocalDate.of(2026, 10, 1)));
		return new ActivitySpec("Title", "Summary", List.of("Objective"), List.of(Profession.MD), List.of(),
				ActivityFormat.LIVE_IN_PERSON, 60, List.of(author), "Accredited.",
				List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.00"), null)), LocalDate.of(2026, 5, 1),
				null, feeMinor, currency, 40);
	}
}
