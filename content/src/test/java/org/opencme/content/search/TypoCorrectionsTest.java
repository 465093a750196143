package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.ids;
import static org.opencme.content.search.Activities.query;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The edit distance behind typo tolerance, and what it finds in an index. */
class TypoCorrectionsTest {

	private static boolean within(String typed, String term, int edits) {
		TypoCorrections.Distance distance = new TypoCorrections.Distance(typed.getBytes(StandardCharsets.UTF_8), edits);
		return distance.measure(new BytesRef(term)) && distance.whole;
	}

	private static int distance(String typed, String term) {
		TypoCorrections.Distance distance = new TypoCorrections.Distance(typed.getBytes(StandardCharsets.UTF_8), 3);
		return distance.measure(new BytesRef(term)) && distance.whole ? distance.best : -1;
	}

	@ParameterizedTest(name = "{0} -> {1}: {2}")
	@CsvSource({"hypertens, hypertens, 0", "hypertenson, hypertens, 2", "pnuemonia, pneumonia, 1", "diabt, diabet, 1",
			"migran, migrain, 1", "abc, abd, 1", "abcd, acbd, 1", "sepsis, sepis, 1", "kitten, sitting, 3"})
	void distanceCountsInsertionsDeletionsSubstitutionsAndSwaps(String typed, String term, int expected) {
		assertEquals(expected, distance(typed, term));
	}

	@Test
	void aTermBeyondTheBudgetIsRejected() {
		assertFalse(within("hypertenson", "hypotens", 1));
		assertFalse(within("asthma", "anthem", 1));
		assertTrue(within("asthma", "astma", 1));
	}

	@Test
	void aStemShorterThanTheTypedWordIsFoundWhenNothingIsNearTheWholeWord() {
		try (CatalogIndex index = CatalogIndex.inMemory()) {
			index.rebuild(List.of(activity(1, "Anticoagulation in Atrial Fibrillation").build(),
					activity(2, "Asthma in Children").build(), activity(3, "Anticoagulant Reversal").build()));
			assertEquals(List.of(1L, 3L), ids(index.search(query("anticoagulaton").build())).stream().sorted().toList(),
					"anticoagul (the stem of anticoagulation) is 4 edits from the whole typo");
			assertEquals(List.of(2L), ids(index.search(query("asthmaa").build())));
			assertTrue(ids(index.search(query("zzzzzzzz").build())).isEmpty());
		}
	}
}
