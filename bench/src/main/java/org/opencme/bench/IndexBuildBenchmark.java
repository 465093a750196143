package org.opencme.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CatalogIndex;
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
 * Full reindex of the synthetic catalog into a fresh directory on disk, through
 * {@link CatalogIndex#rebuild} and through bare Lucene. Single-shot: each
 * measured iteration is one complete build (documents are generated once,
 * before timing). Docs per second = size / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class IndexBuildBenchmark {

	@Param("100000")
	int size;

	private List<CatalogDocument> docs;
	private Path workDir;
	private int iteration;

	@Setup(Level.Trial)
	public void generate() throws IOException {
		docs = SyntheticCatalog.generate(size);
		workDir = Files.createTempDirectory("opencme-build-bench");
	}

	@TearDown(Level.Trial)
	public void cleanUp() throws IOException {
		delete(workDir);
	}

	@Benchmark
	public long catalogIndexRebuild() {
		try (CatalogIndex index = CatalogIndex.open(workDir.resolve("catalog-" + iteration++))) {
			index.rebuild(docs);
			return index.count();
		}
	}

	@Benchmark
	public int bareLuceneStandardAnalyzer() throws Exception {
		BareLucene.build(workDir.resolve("bare-" + iteration++), docs,
				Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
		return docs.size();
	}

	@TearDown(Level.Iteration)
	public void deleteIndexes() throws IOException {
		try (Stream<Path> children = Files.list(workDir)) {
			for (Path child : children.toList()) {
				delete(child);
			}
		}
	}

	static void delete(Path path) throws IOException {
		if (Files.exists(path)) {
			try (Stream<Path> files = Files.walk(path)) {
				files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
