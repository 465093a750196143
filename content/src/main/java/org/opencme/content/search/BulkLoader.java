package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Feeds a whole catalog into a fresh generation. The source is read on the
 * caller's thread (it is typically a database cursor, not thread-safe); mapping
 * and analysis run in batches on up to {@code threads} worker threads, since
 * {@link IndexWriter} is thread-safe and analysis is the cost of a rebuild. At
 * most two batches per thread are in flight, so memory stays bounded whatever
 * the catalog size.
 */
final class BulkLoader {

	static final int BATCH = 256;
	static final double BULK_RAM_BUFFER_MB = 256;

	private BulkLoader() {
	}

	static int defaultThreads() {
		return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
	}

	static void load(IndexWriter writer, Iterable<CatalogDocument> source, int threads) throws IOException {
		writer.getConfig().setRAMBufferSizeMB(BULK_RAM_BUFFER_MB);
		try {
			if (threads <= 1) {
				for (CatalogDocument doc : source) {
					add(writer, List.of(doc));
				}
			} else {
				loadInParallel(writer, source, threads);
			}
		} finally {
			writer.getConfig().setRAMBufferSizeMB(IndexGeneration.SERVING_RAM_BUFFER_MB);
		}
	}

	private static void loadInParallel(IndexWriter writer, Iterable<CatalogDocument> source, int threads)
			throws IOException {
		AtomicInteger names = new AtomicInteger();
		ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "catalog-bulk-load-" + names.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		Semaphore inFlight = new Semaphore(threads * 2);
		AtomicReference<Throwable> failure = new AtomicReference<>();
		try {
			List<CatalogDocument> batch = new ArrayList<>(BATCH);
			for (CatalogDocument doc : source) {
				batch.add(doc);
				if (batch.size() == BATCH) {
					submit(workers, inFlight, failure, writer, batch);
					batch = new ArrayList<>(BATCH);
				}
			}
			submit(workers, inFlight, failure, writer, batch);
			inFlight.acquire(threads * 2);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CatalogIndexException("interrupted while rebuilding the catalog index", e);
		} finally {
			workers.shutdown();
			awaitQuietly(workers);
		}
		rethrow(failure.get());
	}

	private static void submit(ExecutorService workers, Semaphore inFlight, AtomicReference<Throwable> failure,
			IndexWriter writer, List<CatalogDocument> batch) throws InterruptedException, IOException {
		inFlight.acquire();
		rethrow(failure.get());
		workers.execute(() -> {
			try {
				add(writer, batch);
			} catch (Throwable e) {
				failure.compareAndSet(null, e);
			} finally {
				inFlight.release();
			}
		});
	}

	private static void add(IndexWriter writer, List<CatalogDocument> batch) throws IOException {
		for (CatalogDocument doc : batch) {
			Document mapped = CatalogDocumentMapper.toDocument(doc);
			writer.updateDocument(CatalogDocumentMapper.key(doc.activityId()), mapped);
		}
	}

	private static void rethrow(Throwable failure) throws IOException {
		if (failure instanceof IOException io) {
			throw io;
		}
		if (failure instanceof RuntimeException runtime) {
			throw runtime;
		}
		if (failure instanceof Error error) {
			throw error;
		}
		if (failure != null) {
			throw new CatalogIndexException("bulk load failed", failure);
		}
	}

	private static void awaitQuietly(ExecutorService workers) {
		try {
			workers.awaitTermination(1, TimeUnit.MINUTES);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
