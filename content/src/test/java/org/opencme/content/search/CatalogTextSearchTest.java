package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.ids;
import static org.opencme.content.search.Activities.query;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Free text: synonyms both ways, typos, phrases, field weights, highlighting.
 */
class CatalogTextSearchTest {

	private static CatalogIndex index;

	@BeforeAll
	static void fill() {
		index = CatalogIndex.inMemory();
		index.rebuild(List.of(activity(1, "Managing Hypertension in Primary Care")
				.summary("Current guidance on blood pressure targets and treatment.").topics("Cardiology").build(),
				activity(2, "HTN Update for Nurses").summary("Short refresher on HTN medications.").build(),
				activity(3, "Acute Myocardial Infarction: The First Hour")
						.summary("Recognition and reperfusion after a heart attack.").build(),
				activity(4, "Insulin Titration in T2DM").summary("Practical insulin regimens.").build(),
				activity(5, "Type 2 Diabetes and Kidney Protection")
						.summary("SGLT2 inhibitors and GLP-1 receptor agonists in CKD.").build(),
				activity(6, "Medications for Opioid Use Disorder in the Emergency Department")
						.summary("Starting buprenorphine on site.").build(),
				activity(7, "Hypotension in Sepsis").summary("Fluids and vasopressors.").build(),
				activity(8, "Writing Safe Discharge Letters")
						.summary("Never paste <script>alert('x')</script> into a letter about hypertension & stroke.")
						.build(),
				activity(9, "Quality Improvement Basics").summary("Plan, do, study, act.")
						.body("Teams reviewed every case of heart failure readmission within thirty days.")
						.faculty("Dr. Maria Gonzalez").build()));
	}

	@AfterAll
	static void close() {
		index.close();
	}

	private static List<Long> find(String text) {
		return ids(index.search(query(text).build()));
	}

	@ParameterizedTest(name = "{0} finds {1}")
	@CsvSource({"HTN, 1", "HTN, 2", "hypertension, 2", "high blood pressure, 2", "MI, 3", "heart attack, 3",
			"myocardial infarction, 3", "T2DM, 5", "type 2 diabetes, 4", "type II diabetes mellitus, 4", "MOUD, 6",
			"OUD, 6", "SGLT2i, 5", "chronic kidney disease, 5", "CHF, 9"})
	void synonymsWorkBothWays(String text, long expected) {
		assertTrue(find(text).contains(expected), () -> text + " -> " + find(text));
	}

	@Test
	void typosAreForgiven() {
		assertEquals(List.of(1L, 8L), find("hypertenson"));
		assertTrue(find("diabtes").contains(5L), () -> find("diabtes").toString());
		assertTrue(find("gonzales").contains(9L), () -> find("gonzales").toString());
	}

	@Test
	void aKnownWordIsNotFuzzedIntoItsNeighbour() {
		assertFalse(find("hypotension").contains(1L));
		assertEquals(List.of(7L), find("hypotension"));
	}

	@Test
	void quotedPhraseNeedsTheWordsInOrder() {
		assertEquals(List.of(9L), find("\"heart failure readmission\""));
		assertTrue(find("\"readmission heart failure\"").isEmpty());
	}

	@Test
	void allWordsMustMatchButMayComeFromDifferentFields() {
		assertEquals(List.of(9L), find("readmission gonzalez"));
		assertTrue(find("readmission insulin").isEmpty());
	}

	@Test
	void titleMatchOutranksSummaryMatch() {
		List<Long> found = find("hypertension");
		assertEquals(List.of(1L, 2L, 8L), found.stream().sorted().toList());
		assertEquals(8L, found.get(2), found::toString);
	}

	@Test
	void highlightMarksMatchesAndEscapesTheRest() {
		CatalogHit hit = index.search(query("hypertension").build()).items().stream().filter(h -> h.activityId() == 8)
				.findFirst().orElseThrow();
		assertTrue(hit.highlight().contains("<mark>hypertension</mark>"), hit.highlight());
		assertTrue(hit.highlight().contains("&lt;script&gt;"), hit.highlight());
		assertFalse(hit.highlight().contains("<script"), hit.highlight());
		assertTrue(hit.highlight().contains("&amp; stroke"), hit.highlight());
	}

	@Test
	void highlightComesFromTheBodyWhenTheSummaryDoesNotMatch() {
		CatalogHit hit = index.search(query("readmission").build()).items().get(0);
		assertTrue(hit.highlight().contains("<mark>readmission</mark>"), hit.highlight());
	}

	@Test
	void synonymMatchesAreHighlighted() {
		CatalogHit hit = index.search(query("hypertension").build()).items().stream().filter(h -> h.activityId() == 2)
				.findFirst().orElseThrow();
		assertEquals("Short refresher on <mark>HTN</mark> medications.", hit.highlight());
	}

	@Test
	void stopWordsAloneMatchEverything() {
		assertEquals(9, index.search(query("the of").build()).total());
	}

	@Test
	void extraSynonymRulesCanBeAddedAtRunTime() {
		assertTrue(find("QI").isEmpty());
		index.reconfigure(CatalogIndexOptions.defaults().withExtraSynonyms(List.of("qi, quality improvement")));
		try {
			assertEquals(List.of(9L), find("QI"));
		} finally {
			index.reconfigure(CatalogIndexOptions.defaults());
		}
	}

	@Test
	void anInvalidExtraRuleIsRejectedAndTheOldConfigurationStays() {
		CatalogIndexOptions bad = CatalogIndexOptions.defaults().withExtraSynonyms(List.of("a => "));
		org.junit.jupiter.api.Assertions.assertThrows(InvalidSynonymRulesException.class, () -> index.reconfigure(bad));
		assertTrue(find("HTN").contains(1L));
	}
}
