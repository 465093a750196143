package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Pages show the domain's words by their labels: each constant of each enum
 * that reaches a page has one, in people's words, never its code, and no two
 * constants of one enum read the same.
 */
class VocabularyLabelsTest {

	private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Profession.class, ActivityFormat.class,
			ModuleKind.class, QuestionType.class, QuizRole.class, FeedbackTiming.class, EvaluationItemType.class);

	@TestFactory
	Stream<DynamicTest> everyConstantHasALabelInPeoplesWords() {
		return SHOWN.stream().map(type -> DynamicTest.dynamicTest(type.getSimpleName(), () -> check(type)));
	}

	private static void check(Class<? extends Enum<?>> type) throws ReflectiveOperationException {
		Method label = type.getMethod("label");
		Enum<?>[] constants = type.getEnumConstants();
		List<String> labels = new java.util.ArrayList<>();
		for (Enum<?> c : constants) {
			String text = (String) label.invoke(c);
			assertFalse(text == null || text.isBlank(), c.name());
			assertNotEquals(c.name(), text);
			assertFalse(text.matches(".*[A-Z]{2,}_[A-Z].*"), text + " reads like a code");
			labels.add(text);
		}
		assertEquals(constants.length, labels.stream().distinct().count(),
				type.getSimpleName() + " has two constants with one label: " + labels);
	}
}
