package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.EvaluationItemSpec;
import org.opencme.content.pkg.EvaluationItemType;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.platform.boundary.InvalidInputException;

class EvaluationRulesTest {

	private static final EvaluationItemSpec USEFUL = new EvaluationItemSpec("useful", EvaluationItemType.LIKERT,
			"The activity was useful.");
	private static final EvaluationItemSpec BIAS = new EvaluationItemSpec("bias", EvaluationItemType.LIKERT,
			"The activity was free of commercial bias.");
	private static final EvaluationItemSpec REMARKS = new EvaluationItemSpec("remarks", EvaluationItemType.FREE_TEXT,
			"Anything else?");
	private static final EvaluationModuleSpec FORM = new EvaluationModuleSpec("eval", "Evaluation", true,
			List.of(USEFUL, REMARKS, BIAS));

	@Test
	void aLikertItemTakesOneToFive() {
		assertEquals("1", EvaluationRules.accepted(USEFUL, "1"));
		assertEquals("5", EvaluationRules.accepted(USEFUL, " 5 "), "kept trimmed");
		for (String wrong : new String[]{"0", "6", "", "  ", "3.5", "45", "three"}) {
			InvalidInputException e = assertThrows(InvalidInputException.class,
					() -> EvaluationRules.accepted(USEFUL, wrong), wrong);
			assertEquals("Choose 1 to 5.", e.getMessage());
			assertEquals(Map.of("useful", "Choose a value from 1 to 5."), e.fieldErrors());
		}
		assertThrows(InvalidInputException.class, () -> EvaluationRules.accepted(USEFUL, null));
	}

	@Test
	void freeTextUpToTheColumnLength() {
		assertEquals("", EvaluationRules.accepted(REMARKS, null));
		assertEquals("fine", EvaluationRules.accepted(REMARKS, "  fine\n"));
		String longest = "x".repeat(EvaluationRules.MAX_ANSWER);
		assertEquals(longest, EvaluationRules.accepted(REMARKS, longest));
		assertEquals(longest, EvaluationRules.accepted(REMARKS, " " + longest + " "), "the length after trimming");
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> EvaluationRules.accepted(REMARKS, longest + "x"));
		assertEquals("Answer too long.", e.getMessage());
		assertEquals(Map.of("remarks", "At most 4000 characters."), e.fieldErrors());
	}

	@Test
	void submittingNeedsEveryLikertItemAndNamesEachMissingOne() {
		assertDoesNotThrow(() -> EvaluationRules.requireSubmittable(FORM, Map.of("useful", "4", "bias", "5")),
				"free text may stay empty");
		InvalidInputException e = assertThrows(InvalidInputException.class,
				() -> EvaluationRules.requireSubmittable(FORM, Map.of("remarks", "fine")));
		assertEquals("Some questions are not answered yet.", e.getMessage());
		assertEquals(Map.of("useful", "Please answer: The activity was useful.", "bias",
				"Please answer: The activity was free of commercial bias."), e.fieldErrors());
		assertEquals(Map.of("bias", "Please answer: The activity was free of commercial bias."),
				assertThrows(InvalidInputException.class,
						() -> EvaluationRules.requireSubmittable(FORM, Map.of("useful", "4"))).fieldErrors());
	}

	@Test
	void aFormWithoutLikertItemsCanAlwaysBeSubmitted() {
		assertDoesNotThrow(() -> EvaluationRules
				.requireSubmittable(new EvaluationModuleSpec("eval", "Evaluation", true, List.of(REMARKS)), Map.of()));
	}
}
