package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.TODAY;
import static org.opencme.content.search.Activities.activity;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Autocomplete over titles and topics, kept current by writes. */
class CatalogSuggestTest {

	private CatalogIndex index;

	@BeforeEach
	void fill() {
		Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
		index = CatalogIndex.inMemory(CatalogIndexOptions.defaults().withClock(clock));
		index.rebuild(List.of(activity(1, "Diabetes Technology Update").topics("Diabetes", "Endocrinology").build(),
				activity(2, "Diabetic Foot Care").topics("Diabetes", "Wound Care").build(),
				activity(3, "Pediatric Diabetes Camp").topics("Pediatrics").build(), activity(4, "Diabetes Archive")
						.topics("Archived Diabetology").available(TODAY.minusYears(3), TODAY.minusYears(1)).build()));
	}

	@AfterEach
	void close() {
		index.close();
	}

	@Test
	void completesTopicsAndTitlesFromAnyWordPrefix() {
		List<String> suggestions = index.suggest("diab", 10);
		assertEquals("Diabetes", suggestions.get(0));
		assertTrue(
				suggestions.containsAll(
						List.of("Diabetes Technology Update", "Diabetic Foot Care", "Pediatric Diabetes Camp")),
				suggestions::toString);
	}

	@Test
	void everyTypedWordNarrowsTheSuggestions() {
		assertEquals(List.of("Pediatric Diabetes Camp"),
				index.suggest("diabetes ped", 5).stream().filter(s -> s.contains(" ")).toList());
	}

	@Test
	void unavailableActivitiesAreNotSuggested() {
		List<String> suggestions = index.suggest("diab", 10);
		assertTrue(suggestions.stream().noneMatch(s -> s.contains("Archive")), suggestions::toString);
	}

	@Test
	void suggestionsFollowWritesAndRespectTheLimit() {
		index.upsert(activity(5, "Dialysis Access").topics("Nephrology").build());
		assertTrue(index.suggest("dialy", 5).contains("Dialysis Access"));
		index.remove(5);
		assertTrue(index.suggest("dialy", 5).isEmpty());
		assertEquals(2, index.suggest("d", 2).size());
		assertTrue(index.suggest("   ", 5).isEmpty());
	}
}
