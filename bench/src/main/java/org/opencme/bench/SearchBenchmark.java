package org.opencme.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CatalogIndex;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search latency over the synthetic catalog: each {@code catalog*} method runs
 * complete API searches (query parsing, synonyms, filters, facet counts, top
 * 20, highlighting, stored fields) through {@link CatalogIndex}; the
 * {@code bare*} methods run the same words as a single
 * {@link TermQuery}/{@link PhraseQuery} on the body field of the same index,
 * top 20 and nothing else, so the ratio is the cost of our layer. The index is
 * built once into {@code bench.dir} (default: the temp dir) and reused by later
 * runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class SearchBenchmark {

	static final List<String> TERMS = List.of("hypertension", "sepsis", "asthma", "anticoagulation", "deprescribing",
			"screening", "migraine", "burnout", "naloxone", "cirrhosis");
	static final List<String> PHRASES = List.of("heart failure", "blood pressure", "opioid use disorder",
			"atrial fibrillation", "shared decision making", "chronic kidney disease");
	static final List<String> TYPOS = List.of("hypertenson", "diabtes", "pnuemonia", "anticoagulaton", "osteoporsis",
			"schizofrenia", "migrane", "cirhosis");
	static final List<String> ABBREVIATIONS = List.of("HTN", "MI", "T2DM", "COPD", "AFib", "CKD", "OUD",
			"DVT management");

	@Param("100000")
	int size;

	private CatalogIndex index;
	private DirectoryReader bareReader;
	private IndexSearcher bare;
	private final List<CatalogQuery> terms = new ArrayList<>();
	private final List<CatalogQuery> phrases = new ArrayList<>();
	private final List<CatalogQuery> typos = new ArrayList<>();
	private final List<CatalogQuery> synonyms = new ArrayList<>();
	private final List<CatalogQuery> faceted = new ArrayList<>();
	private final List<CatalogQuery> mix = new ArrayList<>();
	private final List<Query> bareTerms = new ArrayList<>();
	private final List<Query> barePhrases = new ArrayList<>();
	private int next;

	@Setup(Level.Trial)
	public void open() throws IOException {
		Path dir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")))
				.resolve("opencme-bench-catalog-" + size);
		index = CatalogIndex.open(dir);
		if (index.needsRebuild() || index.count() != size) {
			index.rebuild(SyntheticCatalog.generate(size));
		}
		String generation = Files.readString(dir.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
		bareReader = DirectoryReader.open(FSDirectory.open(dir.resolve(generation)));
		bare = new IndexSearcher(bareReader);
		prepareQueries();
	}

	private void prepareQueries() throws IOException {
		TERMS.forEach(t -> terms.add(query(t).build()));
		PHRASES.forEach(p -> phrases.add(query('"' + p + '"').build()));
		TYPOS.forEach(t -> typos.add(query(t).build()));
		ABBREVIATIONS.forEach(a -> synonyms.add(query(a).build()));
		faceted.add(query("hypertension management").formats(Set.of(CatalogDocument.ON_DEMAND))
				.creditTypes(Set.of("AMA_PRA_1")).build());
		faceted.add(query("sepsis").topics(Set.of("Critical Care", "Emergency Medicine")).build());
		faceted.add(query("type 2 diabetes").free(true).upcomingOnly(true).build());
		faceted.add(query("asthma children").formats(Set.of(CatalogDocument.LIVE_WEBINAR)).build());
		faceted.add(query("naloxone").creditTypes(Set.of("ANCC", "AANP")).free(false).build());
		for (List<CatalogQuery> kind : List.of(terms, phrases, typos, synonyms, faceted)) {
			mix.addAll(kind.subList(0, 5));
		}
		try (Analyzer english = new EnglishAnalyzer()) {
			for (String term : TERMS) {
				bareTerms.add(new TermQuery(new Term("body", stems(english, term).get(0))));
			}
			for (String phrase : PHRASES) {
				barePhrases.add(new PhraseQuery("body", stems(english, phrase).toArray(String[]::new)));
			}
		}
	}

	private static CatalogQuery.Builder query(String text) {
		return CatalogQuery.builder().text(text).today(SyntheticCatalog.TODAY).now(SyntheticCatalog.NOW).size(20);
	}

	private static List<String> stems(Analyzer analyzer, String text) throws IOException {
		List<String> stems = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("body", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				stems.add(term.toString());
			}
			stream.end();
		}
		return stems;
	}

	@TearDown(Level.Trial)
	public void close() throws IOException {
		bareReader.close();
		index.close();
	}

	private <T> T nextOf(List<T> queries) {
		next = (next + 1) % 1_000_000;
		return queries.get(next % queries.size());
	}

	@Benchmark
	public CatalogPage catalogMix() {
		return index.search(nextOf(mix));
	}

	@Benchmark
	public CatalogPage catalogTerm() {
		return index.search(nextOf(terms));
	}

	@Benchmark
	public CatalogPage catalogPhrase() {
		return index.search(nextOf(phrases));
	}

	@Benchmark
	public CatalogPage catalogFuzzy() {
		return index.search(nextOf(typos));
	}

	@Benchmark
	public CatalogPage catalogSynonym() {
		return index.search(nextOf(synonyms));
	}

	@Benchmark
	public CatalogPage catalogFacetedFiltered() {
		return index.search(nextOf(faceted));
	}

	@Benchmark
	public TopDocs bareTerm() throws IOException {
		return bare.search(nextOf(bareTerms), 20);
	}

	@Benchmark
	public TopDocs barePhrase() throws IOException {
		return bare.search(nextOf(barePhrases), 20);
	}

	@Benchmark
	public List<String> catalogSuggest() {
		return index.suggest(nextOf(TERMS).substring(0, 4), 8);
	}
}
