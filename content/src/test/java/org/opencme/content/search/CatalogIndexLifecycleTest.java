package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.ids;
import static org.opencme.content.search.Activities.query;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes, durability, damage detection and rebuilds. */
class CatalogIndexLifecycleTest {

	@TempDir
	Path dir;

	private static CatalogDocument doc(long id, String title) {
		return activity(id, title).build();
	}

	@Test
	void upsertReplacesAndRemoveRemoves() {
		try (CatalogIndex index = CatalogIndex.inMemory()) {
			index.upsert(doc(1, "Sepsis Bundles"));
			assertEquals(List.of(1L), ids(index.search(query("sepsis").build())));
			index.upsert(doc(1, "Stroke Thrombolysis"));
			assertEquals(1, index.count());
			assertTrue(index.search(query("sepsis").build()).items().isEmpty());
			assertEquals(List.of(1L), ids(index.search(query("stroke").build())));
			index.remove(1);
			index.remove(42);
			assertEquals(0, index.count());
		}
	}

	@Test
	void aNewDirectoryIsReportedMissingUntilRebuilt() {
		try (CatalogIndex index = CatalogIndex.open(dir.resolve("catalog"))) {
			assertEquals(IndexHealth.MISSING, index.health());
			assertTrue(index.needsRebuild());
			index.rebuild(List.of(doc(1, "Sepsis Bundles")));
			assertEquals(IndexHealth.READY, index.health());
		}
	}

	@Test
	void theIndexSurvivesCloseAndReopen() {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(List.of(doc(1, "Sepsis Bundles"), doc(2, "Stroke Care")));
			index.upsert(doc(3, "Sepsis in Children"));
			index.remove(2);
		}
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.READY, index.health());
			assertEquals(List.of(1L, 3L), ids(index.search(query("sepsis").build())).stream().sorted().toList());
			assertEquals(2, index.count());
		}
	}

	@Test
	void anIndexWrittenWithAnotherLayoutIsReportedOutdatedAndARebuildReplacesIt() throws IOException {
		Path generation = Files.createDirectories(dir.resolve("gen-000001"));
		try (org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(
				org.apache.lucene.store.FSDirectory.open(generation),
				new org.apache.lucene.index.IndexWriterConfig())) {
			writer.addDocument(CatalogDocumentMapper.toDocument(doc(1, "Sepsis Bundles")));
			writer.setLiveCommitData(java.util.Map.of(IndexGeneration.SCHEMA_KEY, "catalog-1").entrySet());
			writer.commit();
		}
		Files.writeString(dir.resolve("CURRENT"), "gen-000001\n", StandardCharsets.UTF_8);
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.OUTDATED, index.health());
			assertTrue(index.needsRebuild());
			assertEquals(0, index.count(), "an outdated index is not served");
			index.rebuild(List.of(doc(1, "Sepsis Bundles"), doc(2, "Sepsis in Children")));
			assertEquals(IndexHealth.READY, index.health());
		}
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.READY, index.health());
			assertEquals(2, index.count());
		}
	}

	@Test
	void aDamagedIndexIsReportedCorruptAndARebuildRepairsIt() throws IOException {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(LongStream.range(1, 200).mapToObj(i -> doc(i, "Sepsis module " + i)).toList());
		}
		flipOneByteInTheLargestFile();
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.CORRUPT, index.health());
			assertEquals(0, index.count());
			index.rebuild(List.of(doc(1, "Sepsis Bundles")));
			assertEquals(IndexHealth.READY, index.health());
		}
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.READY, index.health());
			assertEquals(1, index.count());
		}
	}

	@Test
	void aVanishedGenerationIsReportedMissing() throws IOException {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(List.of(doc(1, "Sepsis Bundles")));
		}
		String generation = Files.readString(dir.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
		try (Stream<Path> files = Files.walk(dir.resolve(generation))) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			assertEquals(IndexHealth.MISSING, index.health());
		}
	}

	@Test
	void aFailingSourceLeavesTheServedIndexAlone() {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(List.of(doc(1, "Sepsis Bundles")));
			Iterable<CatalogDocument> broken = () -> Stream.<CatalogDocument>generate(() -> {
				throw new IllegalStateException("database went away");
			}).iterator();
			assertThrows(IllegalStateException.class, () -> index.rebuild(broken));
			assertEquals(List.of(1L), ids(index.search(query("sepsis").build())));
			index.upsert(doc(2, "Sepsis in Children"));
			assertEquals(2, index.count());
		}
	}

	@Test
	void searchesGoOnAndWritesSurviveWhileARebuildRuns() throws Exception {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(LongStream.rangeClosed(1, 500).mapToObj(i -> doc(i, "Sepsis module " + i)).toList());
			SearchLoop searches = new SearchLoop(index);
			searches.start();
			index.rebuild(slowly(LongStream.rangeClosed(1, 2000).mapToObj(i -> doc(i, "Sepsis lesson " + i)).toList(),
					() -> index.upsert(doc(5000, "Sepsis written during rebuild"))));
			searches.stopAndJoin();
			assertTrue(searches.rounds > 0);
			assertEquals(0, searches.emptyOrFailed, searches.lastError);
			assertEquals(2001, index.count());
			assertEquals(List.of(5000L), ids(index.search(query("written").build())));
		}
		try (Stream<Path> children = Files.list(dir)) {
			assertEquals(1, children.filter(p -> p.getFileName().toString().startsWith("gen-")).count());
		}
	}

	/**
	 * Yields the documents, running {@code midway} halfway through and pausing a
	 * little on each.
	 */
	private static Iterable<CatalogDocument> slowly(List<CatalogDocument> docs, Runnable midway) {
		return () -> new Iterator<>() {
			private int next;

			@Override
			public boolean hasNext() {
				return next < docs.size();
			}

			@Override
			public CatalogDocument next() {
				if (next == docs.size() / 2) {
					midway.run();
				}
				if (next % 100 == 0) {
					Thread.onSpinWait();
					sleep(5);
				}
				return docs.get(next++);
			}
		};
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class SearchLoop extends Thread {
		private final CatalogIndex index;
		private volatile boolean running = true;
		volatile int rounds;
		volatile int emptyOrFailed;
		volatile String lastError = "";

		SearchLoop(CatalogIndex index) {
			this.index = index;
		}

		@Override
		public void run() {
			while (running) {
				try {
					if (index.search(query("sepsis").build()).total() == 0) {
						emptyOrFailed++;
					}
				} catch (RuntimeException e) {
					emptyOrFailed++;
					lastError = e.toString();
				}
				rounds++;
			}
		}

		void stopAndJoin() throws InterruptedException {
			running = false;
			join();
		}
	}

	@Test
	void aClosedIndexRefusesWork() {
		CatalogIndex index = CatalogIndex.inMemory();
		index.close();
		index.close();
		assertThrows(CatalogIndexException.class, () -> index.search(query("x").build()));
		assertThrows(CatalogIndexException.class, () -> index.upsert(doc(1, "x")));
	}

	@Test
	void twoIndexesCannotShareADirectory() {
		try (CatalogIndex index = CatalogIndex.open(dir)) {
			index.rebuild(List.of(doc(1, "Sepsis Bundles")));
			assertThrows(CatalogIndexException.class, () -> CatalogIndex.open(dir));
			assertFalse(index.needsRebuild());
		}
	}

	private void flipOneByteInTheLargestFile() throws IOException {
		String generation = Files.readString(dir.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
		Path largest;
		try (Stream<Path> files = Files.list(dir.resolve(generation))) {
			largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
					.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
		try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
			long middle = file.length() / 2;
			file.seek(middle);
			int value = file.read();
			file.seek(middle);
			file.write(value ^ 0xFF);
		}
	}
}
