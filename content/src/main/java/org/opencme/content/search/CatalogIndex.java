package org.opencme.content.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;

/**
 * The catalog search index of one application: thread-safe, near-real-time,
 * durable.
 *
 * <p>
 * Every {@link #upsert}/{@link #remove} is committed (fsync) and visible to the
 * next search before it returns; writes are serialised, searches take no lock.
 * {@link #rebuild} builds a complete new generation beside the served one while
 * searches and writes go on (writes made meanwhile are replayed into the new
 * generation), then swaps it in atomically; the old generation closes when its
 * last search ends.
 *
 * <p>
 * Opening never fails because the index is missing or damaged:
 * {@link #health()} says so, searches answer from an empty index, and the
 * caller runs {@link #rebuild} from the database.
 */
public final class CatalogIndex implements Closeable {

	private static final System.Logger LOG = System.getLogger(CatalogIndex.class.getName());
	/**
	 * The index layout this version writes and searches; change the number when
	 * fields or analysis change, so existing indexes are rebuilt on start.
	 */
	static final String SCHEMA = "catalog-3/" + MedicalConcepts.shipped().fingerprint();

	private final IndexLocation location;
	private final Analyzer indexAnalyzer = CatalogAnalyzers.indexAnalyzer();
	private final Analyzer englishAnalyzer = CatalogAnalyzers.englishAnalyzer();
	private final CatalogSuggester suggester = new CatalogSuggester();
	private final SearchThreads searchThreads;
	private final IndexGeneration.IndexSetup setup;
	private final AtomicReference<IndexGeneration> current = new AtomicReference<>();
	private final ReentrantLock writeLock = new ReentrantLock();
	private final ReentrantLock rebuildLock = new ReentrantLock();
	private volatile CatalogSearcher searcher;
	private volatile Clock clock;
	private volatile IndexHealth health;
	private volatile boolean closed;
	/**
	 * Writes made while a rebuild runs, replayed into the new generation; guarded
	 * by {@link #writeLock}.
	 */
	private List<PendingWrite> journal;

	private record PendingWrite(long activityId, CatalogDocument document) {
		void applyTo(IndexWriter writer) throws IOException {
			if (document == null) {
				writer.deleteDocuments(CatalogDocumentMapper.key(activityId));
			} else {
				writer.updateDocument(CatalogDocumentMapper.key(activityId),
						CatalogDocumentMapper.toDocument(document));
			}
		}
	}

	@FunctionalInterface
	private interface SearchAction<T> {
		T run(IndexSearcher searcher) throws IOException;
	}

	private CatalogIndex(IndexLocation location, CatalogIndexOptions options) {
		this.location = location;
		reconfigure(options);
		searchThreads = new SearchThreads(options.searchThreads());
		setup = new IndexGeneration.IndexSetup(indexAnalyzer, searchThreads, SCHEMA);
		try {
			IndexLocation.Opened opened = location.open(setup);
			current.set(opened.generation());
			health = opened.health();
			if (health != IndexHealth.READY) {
				LOG.log(System.Logger.Level.WARNING, "catalog index needs a rebuild: {0} ({1})", health,
						opened.detail());
			}
		} catch (IOException e) {
			searchThreads.close();
			throw new CatalogIndexException("cannot open the catalog index", e);
		} catch (RuntimeException e) {
			searchThreads.close();
			throw e;
		}
	}

	/**
	 * Opens the index under {@code directory} (created if absent). Fails only when
	 * the directory cannot be used at all (I/O error, locked by another process); a
	 * missing or corrupt index is reported by {@link #health()}.
	 *
	 * @throws InvalidSynonymRulesException
	 *             when an extra synonym rule does not parse
	 */
	public static CatalogIndex open(Path directory, CatalogIndexOptions options) {
		return new CatalogIndex(IndexLocation.onDisk(directory), options);
	}

	public static CatalogIndex open(Path directory) {
		return open(directory, CatalogIndexOptions.defaults());
	}

	/**
	 * An index in memory, for tests and tools; it starts
	 * {@link IndexHealth#MISSING} (empty).
	 */
	public static CatalogIndex inMemory(CatalogIndexOptions options) {
		return new CatalogIndex(IndexLocation.inMemory(), options);
	}

	public static CatalogIndex inMemory() {
		return inMemory(CatalogIndexOptions.defaults());
	}

	/**
	 * Applies new synonym rules and clock to all later searches; the index itself
	 * is unchanged (synonyms are a query-time matter). On invalid rules the
	 * previous configuration stays.
	 */
	public void reconfigure(CatalogIndexOptions options) {
		Analyzer queryAnalyzer = CatalogAnalyzers.queryAnalyzer(MedicalSynonyms.build(options.extraSynonyms()));
		searcher = new CatalogSearcher(queryAnalyzer, englishAnalyzer);
		clock = options.clock();
	}

	/**
	 * What was found at open; {@link IndexHealth#READY} after a successful
	 * {@link #rebuild}.
	 */
	public IndexHealth health() {
		return health;
	}

	public boolean needsRebuild() {
		return health != IndexHealth.READY;
	}

	/**
	 * Adds or replaces the activity's document; durable and searchable on return.
	 */
	public void upsert(CatalogDocument document) {
		Objects.requireNonNull(document, "document");
		write(new PendingWrite(document.activityId(), document));
	}

	/** Removes the activity (retired, unpublished); a no-op for an unknown id. */
	public void remove(long activityId) {
		write(new PendingWrite(activityId, null));
	}

	private void write(PendingWrite change) {
		writeLock.lock();
		try {
			ensureOpen();
			IndexGeneration generation = current.get();
			change.applyTo(generation.writer());
			generation.commitAndRefresh();
			if (journal != null) {
				journal.add(change);
			}
		} catch (IOException e) {
			throw new CatalogIndexException("cannot write activity " + change.activityId() + " to the index", e);
		} finally {
			writeLock.unlock();
		}
	}

	/**
	 * {@link #rebuild(Iterable)} for a stream; the stream is consumed once, on the
	 * calling thread.
	 */
	public void replaceAll(Stream<CatalogDocument> documents) {
		rebuild(documents::iterator);
	}

	/**
	 * Replaces the whole index with {@code documents}, built in a new generation
	 * while the current one keeps serving. If the source or the build fails, the
	 * current index stays as it was. One rebuild at a time; a second caller waits.
	 */
	public void rebuild(Iterable<CatalogDocument> documents) {
		rebuildLock.lock();
		try {
			ensureOpen();
			IndexGeneration fresh = location.create(setup);
			setJournal(new ArrayList<>());
			try {
				BulkLoader.load(fresh.writer(), documents, BulkLoader.defaultThreads());
				swapIn(fresh);
			} catch (IOException e) {
				abandon(fresh);
				throw new CatalogIndexException("catalog rebuild failed", e);
			} catch (RuntimeException | Error e) {
				abandon(fresh);
				throw e;
			}
		} catch (IOException e) {
			throw new CatalogIndexException("cannot create a new index generation", e);
		} finally {
			rebuildLock.unlock();
		}
	}

	private void abandon(IndexGeneration fresh) {
		setJournal(null);
		fresh.discard(location.deleter(fresh.name()));
	}

	private void setJournal(List<PendingWrite> value) {
		writeLock.lock();
		try {
			journal = value;
		} finally {
			writeLock.unlock();
		}
	}

	private void swapIn(IndexGeneration fresh) throws IOException {
		IndexGeneration old;
		writeLock.lock();
		try {
			ensureOpen();
			for (PendingWrite change : journal) {
				change.applyTo(fresh.writer());
			}
			journal = null;
			fresh.commitAndRefresh();
			location.publish(fresh.name());
			old = current.getAndSet(fresh);
			health = IndexHealth.READY;
		} finally {
			writeLock.unlock();
		}
		old.retire(location.deleter(old.name()));
		location.removeStale(Set.of(fresh.name(), old.name()));
	}

	/** One page of results for {@code query}. */
	public CatalogPage search(CatalogQuery query) {
		Objects.requireNonNull(query, "query");
		CatalogSearcher configured = searcher;
		return withSearcher(s -> configured.search(s, query));
	}

	/**
	 * Up to {@code max} completions (topics, then titles) of what a user has typed
	 * so far.
	 */
	public List<String> suggest(String prefix, int max) {
		LocalDate today = LocalDate.now(clock);
		return withSearcher(s -> suggester.suggest(s, prefix, max, today));
	}

	/** Number of activities in the served index. */
	public long count() {
		return withSearcher(s -> (long) s.getIndexReader().numDocs());
	}

	private <T> T withSearcher(SearchAction<T> action) {
		IndexGeneration generation = acquire();
		try {
			IndexSearcher indexSearcher = generation.searchers().acquire();
			try {
				return action.run(indexSearcher);
			} finally {
				generation.searchers().release(indexSearcher);
			}
		} catch (IOException e) {
			throw new CatalogIndexException("catalog search failed", e);
		} finally {
			generation.release();
		}
	}

	private IndexGeneration acquire() {
		while (true) {
			ensureOpen();
			IndexGeneration generation = current.get();
			if (generation.tryAcquire()) {
				return generation;
			}
		}
	}

	private void ensureOpen() {
		if (closed) {
			throw new CatalogIndexException("the catalog index is closed");
		}
	}

	/**
	 * Commits and closes; searches still running finish on the generation they
	 * hold.
	 */
	@Override
	public void close() {
		IndexGeneration generation;
		writeLock.lock();
		try {
			if (closed) {
				return;
			}
			closed = true;
			generation = current.get();
		} finally {
			writeLock.unlock();
		}
		generation.retire(searchThreads::close);
		indexAnalyzer.close();
	}
}
