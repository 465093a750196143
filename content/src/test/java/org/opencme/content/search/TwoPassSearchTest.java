package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.query;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches count in bit sets without scores and find the page in a second pass
 * that skips hopeless documents: the pages, scores, totals and facet counts
 * (drill-sideways included) must be exactly those of scoring and collecting
 * every hit one by one, on one thread or split over segments, with deleted
 * documents in the segments.
 */
class TwoPassSearchTest {

	private static final String[] WORDS = {"hypertension", "sepsis", "asthma", "heart", "failure", "children",
			"management", "screening", "diabetes", "type", "2", "care", "guideline", "update", "review", "nurse"};
	private static final String[] FORMATS = {CatalogDocument.ON_DEMAND, CatalogDocument.LIVE_WEBINAR};

	@TempDir
	Path dir;

	@Test
	void skippingChangesNothingThatIsShown() throws IOException {
		Random random = new Random(7);
		List<CatalogDocument> documents = new ArrayList<>();
		for (long id = 1; id <= 3000; id++) {
			Activities activity = activity(id, words(random, 3)).summary(words(random, 10)).objectives(words(random, 5))
					.topics(random.nextBoolean() ? "Cardiology" : "Pediatrics")
					.body(words(random, 80 + random.nextInt(200))).format(FORMATS[random.nextInt(2)])
					.credit(random.nextBoolean() ? Activities.AMA : Activities.ANCC, "1.0")
					.fee(random.nextInt(3) == 0 ? 0 : 2500);
			documents.add(activity.build());
		}
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(documents);
			for (long id = 5; id <= 3000; id += 17) {
				index.remove(id);
			}
		}
		String generation = Files.readString(dir.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve(generation)));
				Analyzer queries = CatalogAnalyzers.queryAnalyzer(MedicalSynonyms.build(List.of()));
				Analyzer english = CatalogAnalyzers.englishAnalyzer()) {
			assertTrue(reader.hasDeletions(), "the segments should hold deleted documents");
			IndexSearcher searcher = new IndexSearcher(reader);
			IndexSearcher sliced;
			try (SearchThreads threads = new SearchThreads(2)) {
				sliced = threads.newSearcher(reader, null);
				CatalogSearcher twoPasses = new CatalogSearcher(queries, english);
				List<CatalogQuery> cases = new ArrayList<>();
				for (String text : List.of("hypertension", "heart failure", "\"heart failure\"", "HTN", "diabtes",
						"sepsis children", "type 2 diabetes", "care update review")) {
					cases.add(query(text).size(20).build());
					cases.add(query(text).size(10).page(3).build());
					cases.add(query(text).formats(Set.of(CatalogDocument.LIVE_WEBINAR)).free(false).build());
					cases.add(query(text).creditTypes(Set.of(Activities.ANCC)).topics(Set.of("Cardiology")).build());
					cases.add(query(text).sort(CatalogSort.DATE).size(15).page(1).build());
				}
				cases.add(query("").build());
				cases.add(query("").sort(CatalogSort.DATE).formats(Set.of(CatalogDocument.ON_DEMAND)).build());
				cases.add(query("").free(true).topics(Set.of("Pediatrics")).size(50).build());
				cases.add(query("nothingmatchesthis").build());
				int compared = 0;
				for (CatalogQuery query : cases) {
					CatalogPage expected = FacetCollector.onePass(twoPasses, searcher, query);
					assertEquals(expected, twoPasses.search(searcher, query), query::toString);
					assertEquals(expected, twoPasses.search(sliced, query), () -> "split over segments: " + query);
					compared += expected.items().size();
				}
				assertTrue(compared > 300, "the cases should show many hits: " + compared);
			}
		}
	}

	private static String words(Random random, int count) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
		}
		return text.toString();
	}
}
