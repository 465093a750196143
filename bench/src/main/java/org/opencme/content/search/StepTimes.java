package org.opencme.content.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;

/**
 * Where one search's time goes, step by step, single-threaded, for the
 * benchmark's queries (a working tool, not a reported figure).
 */
public final class StepTimes {

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(System.getProperty("bench.dir")).resolve("opencme-bench-catalog-100000");
		String generation = Files.readString(dir.resolve("CURRENT")).strip();
		int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
		boolean cache = !Boolean.getBoolean("nocache");
		try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve(generation)))) {
			IndexSearcher searcher = new SearchThreads(1).newSearcher(reader, null);
			if (!cache) {
				searcher.setQueryCache(null);
			}
			System.out.println("segments " + reader.leaves().size());
			Analyzer english = CatalogAnalyzers.englishAnalyzer();
			Analyzer queryAnalyzer = CatalogAnalyzers.queryAnalyzer(MedicalSynonyms.build(List.of()));
			SnippetHighlighter highlighter = new SnippetHighlighter(english);
			Map<String, CatalogQuery> queries = org.opencme.bench.QueryTimes.queries();
			if (Boolean.getBoolean("stored")) {
				java.util.Random random = new java.util.Random(1);
				var fields = searcher.storedFields();
				for (int round = 0; round < 4; round++) {
					long storedNanos = 0;
					long bodyNanos = 0;
					for (int i = 0; i < 1000; i++) {
						int[] docs = random.ints(20, 0, reader.maxDoc()).toArray();
						long a = System.nanoTime();
						PageValues.hits(reader.leaves(), docs);
						long b = System.nanoTime();
						PageValues.bodies(reader.leaves(), docs);
						bodyNanos += System.nanoTime() - b;
						storedNanos += b - a;
					}
					System.out.printf("20 docs: stored %.3f ms, bodies %.3f ms%n", storedNanos / 1e9, bodyNanos / 1e9);
				}
			}
			Map<String, long[]> sums = new LinkedHashMap<>();
			for (int r = 0; r < rounds * 2; r++) {
				boolean measure = r >= rounds;
				for (Map.Entry<String, CatalogQuery> e : queries.entrySet()) {
					CatalogQuery query = e.getValue();
					long t0 = System.nanoTime();
					Query text = new FreeTextQuery(queryAnalyzer, english, reader).parse(query.text());
					CatalogFilters filters = new CatalogFilters(query);
					if (r == 0 && Boolean.getBoolean("print")) {
						System.out.println(e.getKey() + " => " + text);
					}
					long t1 = System.nanoTime();
					FacetCounter.Result result = FacetCounter.count(searcher, filters.restrict(text),
							filters.selections());
					long t2 = System.nanoTime();
					TopDocs top = searcher.search(
							new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
									.add(result.hits(), BooleanClause.Occur.FILTER).build(),
							new TopScoreDocCollectorManager(20, 20));
					long t3 = System.nanoTime();
					int[] docs = java.util.Arrays.stream(top.scoreDocs).mapToInt(d -> d.doc).toArray();
					Map<Integer, PageValues.Hit> lines = PageValues.hits(reader.leaves(), docs);
					long t4 = System.nanoTime();
					highlighter.snippets(searcher, text, top.scoreDocs, lines);
					long t5 = System.nanoTime();
					if (measure) {
						long[] s = sums.computeIfAbsent(e.getKey(), k -> new long[6]);
						s[0] += t1 - t0;
						s[1] += t2 - t1;
						s[2] += t3 - t2;
						s[3] += t4 - t3;
						s[4] += t5 - t4;
						s[5] = result.total();
					}
				}
			}
			System.out.printf("%-42s %6s %6s %6s %6s %6s %6s%n", "query", "parse", "count", "score", "stored", "hilite",
					"total");
			long[] all = new long[5];
			for (Map.Entry<String, long[]> e : sums.entrySet()) {
				long[] s = e.getValue();
				long sum = 0;
				for (int i = 0; i < 5; i++) {
					sum += s[i];
					all[i] += s[i];
				}
				System.out.printf("%-42s %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f  hits %d%n", e.getKey(),
						s[0] / 1e6 / rounds, s[1] / 1e6 / rounds, s[2] / 1e6 / rounds, s[3] / 1e6 / rounds,
						s[4] / 1e6 / rounds, sum / 1e6 / rounds, s[5]);
			}
			int n = sums.size() * rounds;
			System.out.printf("%-42s %6.2f %6.2f %6.2f %6.2f %6.2f%n", "MEAN", all[0] / 1e6 / n, all[1] / 1e6 / n,
					all[2] / 1e6 / n, all[3] / 1e6 / n, all[4] / 1e6 / n);
			if (searcher.getQueryCache() instanceof LRUQueryCache lru) {
				System.out.println("cache hits " + lru.getHitCount() + " misses " + lru.getMissCount());
			}
		}
	}
}
