package org.opencme.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CatalogIndex;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;

/**
 * Per-query latency of the benchmark's queries, one line each: a quick way to
 * see which query of the JMH mix is slow while working on the search code (JMH
 * gives the figures that are reported). Usage:
 * {@code java -cp bench/target/benchmarks.jar org.opencme.bench.QueryTimes [size] [rounds]}.
 */
public final class QueryTimes {

	/**
	 * {@code -Dcpu=true}: thread CPU time instead of wall time, steadier on a
	 * machine that is busy with something else.
	 */
	private static final boolean CPU = Boolean.getBoolean("cpu");
	private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory
			.getThreadMXBean();

	private QueryTimes() {
	}

	public static void main(String[] args) throws IOException {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")))
				.resolve("opencme-bench-catalog-" + size);
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			if (index.needsRebuild() || index.count() != size) {
				long start = System.nanoTime();
				index.rebuild(SyntheticCatalog.generate(size));
				System.out.printf("rebuild %d: %.1f s%n", size, (System.nanoTime() - start) / 1e9);
			}
			Map<String, CatalogQuery> queries = queries();
			for (int warm = 0; warm < rounds / 2; warm++) {
				queries.values().forEach(index::search);
			}
			Map<String, long[]> times = new LinkedHashMap<>();
			queries.keySet().forEach(k -> times.put(k, new long[rounds]));
			List<Long> all = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				for (Map.Entry<String, CatalogQuery> query : queries.entrySet()) {
					long start = CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
					CatalogPage page = index.search(query.getValue());
					long took = (CPU ? THREADS.getCurrentThreadCpuTime() : System.nanoTime()) - start;
					times.get(query.getKey())[r] = took;
					all.add(took);
					if (r == 0 && page.total() < 0) {
						throw new IllegalStateException();
					}
				}
			}
			for (Map.Entry<String, long[]> entry : times.entrySet()) {
				long[] t = entry.getValue();
				Arrays.sort(t);
				System.out.printf("%-60s p50 %6.2f  p95 %6.2f ms  hits %d%n", entry.getKey(), t[t.length / 2] / 1e6,
						t[(int) (t.length * 0.95)] / 1e6, index.search(queries.get(entry.getKey())).total());
			}
			long[] t = all.stream().mapToLong(Long::longValue).sorted().toArray();
			System.out.printf("ALL p50 %.2f p95 %.2f p99 %.2f ms%n", t[t.length / 2] / 1e6,
					t[(int) (t.length * 0.95)] / 1e6, t[(int) (t.length * 0.99)] / 1e6);
		}
	}

	/** The 25 queries of the JMH mix, keyed by a readable label. */
	public static Map<String, CatalogQuery> queries() {
		Map<String, CatalogQuery> queries = new LinkedHashMap<>();
		SearchBenchmark.TERMS.subList(0, 5).forEach(t -> queries.put("term " + t, query(t).build()));
		SearchBenchmark.PHRASES.subList(0, 5)
				.forEach(p -> queries.put("phrase \"" + p + "\"", query('"' + p + '"').build()));
		SearchBenchmark.TYPOS.subList(0, 5).forEach(t -> queries.put("typo " + t, query(t).build()));
		SearchBenchmark.ABBREVIATIONS.subList(0, 5).forEach(a -> queries.put("synonym " + a, query(a).build()));
		queries.put("faceted hypertension management", query("hypertension management")
				.formats(Set.of(CatalogDocument.ON_DEMAND)).creditTypes(Set.of("AMA_PRA_1")).build());
		queries.put("faceted sepsis topics",
				query("sepsis").topics(Set.of("Critical Care", "Emergency Medicine")).build());
		queries.put("faceted type 2 diabetes free upcoming",
				query("type 2 diabetes").free(true).upcomingOnly(true).build());
		queries.put("faceted asthma children webinar",
				query("asthma children").formats(Set.of(CatalogDocument.LIVE_WEBINAR)).build());
		queries.put("faceted naloxone ANCC/AANP paid",
				query("naloxone").creditTypes(Set.of("ANCC", "AANP")).free(false).build());
		return queries;
	}

	private static CatalogQuery.Builder query(String text) {
		return CatalogQuery.builder().text(text).today(SyntheticCatalog.TODAY).now(SyntheticCatalog.NOW).size(20);
	}
}
