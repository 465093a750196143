package org.opencme.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.QuizRole;
import org.opencme.learning.control.CompletionProgress;
import org.opencme.learning.control.Grading;
import org.opencme.learning.control.QuestionDraw;

class LearningRulesTest {

	private static QuestionSpec single(String key) {
		return new QuestionSpec(key, QuestionType.SINGLE_CHOICE, "Q " + key, List.of(new OptionSpec("a", "right", true),
				new OptionSpec("b", "wrong", false), new OptionSpec("c", "wrong too", false)), "because");
	}

	private static QuizModuleSpec quiz(boolean shuffle, Integer draw) {
		List<QuestionSpec> bank = List.of(single("q1"), single("q2"), single("q3"), single("q4"), single("q5"));
		return new QuizModuleSpec("post", "Post-test", true, QuizRole.POST_TEST, 80, 3, null, shuffle, shuffle, draw,
				FeedbackTiming.AFTER_SUBMIT, bank);
	}

	@Test
	void gradingCountsExactAnswersAndPassesAtTheMark() {
		List<QuestionSpec> asked = List.of(single("q1"), single("q2"), single("q3"), single("q4"), single("q5"));
		Map<String, Set<String>> answers = Map.of("q1", Set.of("a"), "q2", Set.of("a"), "q3", Set.of("a"), "q4",
				Set.of("a"), "q5", Set.of("b"));
		assertEquals(new Grading.Result(4, 5, 80, true), Grading.grade(asked, answers, 80));
		assertEquals(new Grading.Result(4, 5, 80, false), Grading.grade(asked, answers, 81));
		assertEquals(0, Grading.grade(asked, Map.of("q1", Set.of("a", "b")), 80).correct(),
				"no credit for extra options");
	}

	@Test
	void multipleChoiceNeedsExactlyTheCorrectSet() {
		QuestionSpec multi = new QuestionSpec("m", QuestionType.MULTIPLE_CHOICE, "Pick two", List.of(
				new OptionSpec("a", "x", true), new OptionSpec("b", "y", true), new OptionSpec("c", "z", false)), null);
		assertTrue(Grading.grade(List.of(multi), Map.of("m", Set.of("a", "b")), 100).passed());
		assertFalse(Grading.grade(List.of(multi), Map.of("m", Set.of("a")), 100).passed());
	}

	@Test
	void drawTakesTheConfiguredNumberWithoutRepeatsAndKeepsOrderWhenNotShuffled() {
		QuestionDraw.Drawn drawn = QuestionDraw.draw(quiz(false, 3), new Random(7));
		assertEquals(3, drawn.questionKeys().size());
		assertEquals(3, new HashSet<>(drawn.questionKeys()).size());
		List<String> sorted = drawn.questionKeys().stream().sorted().toList();
		assertEquals(sorted, drawn.questionKeys(), "unshuffled draws keep the bank's order");
		assertEquals(List.of("a", "b", "c"), drawn.optionOrder().get(drawn.questionKeys().get(0)));
	}

	@Test
	void shufflingChangesTheOrderButNotTheContent() {
		Set<List<String>> orders = new HashSet<>();
		for (int seed = 0; seed < 20; seed++) {
			QuestionDraw.Drawn drawn = QuestionDraw.draw(quiz(true, null), new Random(seed));
			assertEquals(Set.of("q1", "q2", "q3", "q4", "q5"), new HashSet<>(drawn.questionKeys()));
			orders.add(drawn.questionKeys());
		}
		assertTrue(orders.size() > 1);
	}

	@Test
	void progressNextStepAndWhatIsStillRequired() {
		ActivityManifest manifest = DemoPackages.read("hypertension-2026-update").manifest();
		List<ModuleSpec> required = CompletionProgress.required(manifest);
		assertFalse(required.isEmpty());
		assertEquals(0, CompletionProgress.percent(manifest, Set.of()));
		assertEquals(manifest.modules().get(0).key(), CompletionProgress.next(manifest, Set.of()).orElseThrow().key());
		Set<String> first = Set.of(required.get(0).key());
		assertEquals(100 / required.size(), CompletionProgress.percent(manifest, first));
		assertEquals(required.size() - 1, CompletionProgress.missing(manifest, first).size());
		Set<String> all = new HashSet<>(required.stream().map(ModuleSpec::key).toList());
		assertEquals(100, CompletionProgress.percent(manifest, all));
		assertTrue(CompletionProgress.missing(manifest, all).isEmpty());
	}
}
