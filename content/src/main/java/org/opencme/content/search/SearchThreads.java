package org.opencme.content.search;

import java.io.Closeable;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Makes the searchers of one index: on the caller's thread, or split by segment
 * over a small daemon pool when {@link CatalogIndexOptions#searchThreads()} is
 * above one. Lucene's default slicing keeps up to five segments in one slice,
 * which for a catalog of a few large segments would mean no parallelism at all,
 * hence one slice per segment.
 */
final class SearchThreads extends SearcherFactory implements Closeable {

	private static final FilterCachingPolicy CACHING = new FilterCachingPolicy();

	private final ExecutorService pool;

	SearchThreads(int threads) {
		pool = threads > 1 ? pool(threads) : null;
	}

	@Override
	public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
		IndexSearcher searcher = pool == null ? new IndexSearcher(reader) : new SlicedSearcher(reader, pool);
		searcher.setQueryCachingPolicy(CACHING);
		return searcher;
	}

	@Override
	public void close() {
		if (pool != null) {
			pool.shutdown();
		}
	}

	private static ExecutorService pool(int threads) {
		AtomicInteger names = new AtomicInteger();
		return Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "catalog-search-" + names.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	private static final class SlicedSearcher extends IndexSearcher {
		SlicedSearcher(IndexReader reader, ExecutorService pool) {
			super(reader, pool);
		}

		@Override
		protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
			return slices(leaves, 1, 1);
		}
	}
}
