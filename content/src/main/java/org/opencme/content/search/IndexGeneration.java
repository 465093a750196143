package org.opencme.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * One complete catalog index: its directory, the single writer and the
 * near-real-time searcher manager on it. A rebuild creates a new generation and
 * swaps it in; the old one is retired but stays open until the last search that
 * acquired it has released it (reference count), so swapping never blocks or
 * breaks a running search.
 */
final class IndexGeneration {

	static final double SERVING_RAM_BUFFER_MB = 16;

	/** Commit data key of the index layout a generation was written with. */
	static final String SCHEMA_KEY = "opencme.schema";

	/**
	 * How every generation of one index is opened: its index-time analyzer, how
	 * searchers are made, and the layout it writes ({@link #SCHEMA_KEY}): a
	 * generation written with another layout is not served.
	 */
	record IndexSetup(Analyzer analyzer, SearcherFactory searcherFactory, String schema) {
	}

	private final String name;
	private final Directory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private final AtomicInteger references = new AtomicInteger(1);
	private volatile Runnable afterClose = () -> {
	};

	private IndexGeneration(String name, Directory directory, IndexWriter writer, SearcherFactory searcherFactory)
			throws IOException {
		this.name = name;
		this.directory = directory;
		this.writer = writer;
		this.searchers = new SearcherManager(writer, searcherFactory);
	}

	/**
	 * Opens (or creates) the index in {@code directory}; on failure the directory
	 * is closed.
	 */
	static IndexGeneration open(String name, Directory directory, IndexSetup setup) throws IOException {
		IndexWriter writer = null;
		try {
			IndexWriterConfig config = new IndexWriterConfig(setup.analyzer())
					.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(SERVING_RAM_BUFFER_MB);
			writer = new IndexWriter(directory, config);
			writer.setLiveCommitData(Map.of(SCHEMA_KEY, setup.schema()).entrySet());
			return new IndexGeneration(name, directory, writer, setup.searcherFactory());
		} catch (IOException | RuntimeException e) {
			IOUtils.closeWhileHandlingException(writer, directory);
			throw e;
		}
	}

	String name() {
		return name;
	}

	IndexWriter writer() {
		return writer;
	}

	SearcherManager searchers() {
		return searchers;
	}

	/** Makes all writes durable and visible to the next acquired searcher. */
	void commitAndRefresh() throws IOException {
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	/**
	 * Takes a reference for one search; {@code false} once the generation is
	 * closing.
	 */
	boolean tryAcquire() {
		while (true) {
			int count = references.get();
			if (count == 0) {
				return false;
			}
			if (references.compareAndSet(count, count + 1)) {
				return true;
			}
		}
	}

	void release() {
		if (references.decrementAndGet() == 0) {
			try {
				IOUtils.close(searchers, writer, directory);
			} catch (IOException e) {
				throw new UncheckedIOException("cannot close index generation " + name, e);
			} finally {
				afterClose.run();
			}
		}
	}

	/**
	 * Drops the owner's reference; {@code afterClose} runs when the last search has
	 * finished.
	 */
	void retire(Runnable then) {
		afterClose = then;
		release();
	}

	/**
	 * Abandons an unfinished generation: uncommitted writes are rolled back, then
	 * it is retired.
	 */
	void discard(Runnable then) {
		try {
			writer.rollback();
		} catch (IOException | RuntimeException e) {
			// the generation is thrown away; the failure that made us discard it is the one
			// to report
		}
		retire(then);
	}
}
