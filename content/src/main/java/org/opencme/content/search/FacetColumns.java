package org.opencme.content.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet values of one segment in plain arrays: for each facet, the ordinals
 * of each document ({@code ords[starts[doc]] .. ords[starts[doc+1]-1]}), the
 * value of each ordinal and, for facets of at most {@link #MAX_VALUE_SETS}
 * values, the set of documents having each value. Counting a value among the
 * hits is then one pop count of two bit sets (a few microseconds for 100,000
 * documents) instead of a doc-values decode per hit and facet, which cost a
 * quarter of a search's time at 100,000 activities.
 *
 * <p>
 * A segment's doc values never change (deletions do not touch them), so the
 * columns are read once per segment core and kept until the segment closes;
 * only the small segments of later updates are read again. About 5 ints per
 * document and facet value plus one bit per document and value: about 3.5 MB
 * for 100,000 activities with the demo's facets.
 */
final class FacetColumns {

	private static final CatalogFacet[] FACETS = CatalogFacet.values();
	/** Facets with at most this many values keep a document set per value. */
	static final int MAX_VALUE_SETS = 512;
	private static final Map<IndexReader.CacheKey, FacetColumns> CACHE = new ConcurrentHashMap<>();

	private final int[][] starts = new int[FACETS.length][];
	private final int[][] ords = new int[FACETS.length][];
	private final String[][] values = new String[FACETS.length][];
	/**
	 * Per facet and ordinal, the documents with that value; {@code null} for a
	 * facet with more than {@link #MAX_VALUE_SETS} values.
	 */
	private final FixedBitSet[][] valueDocs = new FixedBitSet[FACETS.length][];

	private FacetColumns(LeafReader reader) throws IOException {
		int maxDoc = reader.maxDoc();
		for (int f = 0; f < FACETS.length; f++) {
			SortedSetDocValues docValues = DocValues.getSortedSet(reader, FACETS[f].key());
			String[] names = new String[Math.toIntExact(docValues.getValueCount())];
			for (int ord = 0; ord < names.length; ord++) {
				names[ord] = docValues.lookupOrd(ord).utf8ToString();
			}
			int[] start = new int[maxDoc + 1];
			int[] column = new int[Math.max(16, maxDoc)];
			int size = 0;
			int doc = 0;
			for (int next = docValues.nextDoc(); next != DocIdSetIterator.NO_MORE_DOCS; next = docValues.nextDoc()) {
				while (doc <= next) {
					start[doc++] = size;
				}
				int count = docValues.docValueCount();
				if (size + count > column.length) {
					column = Arrays.copyOf(column, Math.max(size + count, column.length * 2));
				}
				for (int k = 0; k < count; k++) {
					column[size++] = (int) docValues.nextOrd();
				}
			}
			while (doc <= maxDoc) {
				start[doc++] = size;
			}
			starts[f] = start;
			ords[f] = column;
			values[f] = names;
			valueDocs[f] = names.length <= MAX_VALUE_SETS ? valueDocs(start, column, names.length, maxDoc) : null;
		}
	}

	private static FixedBitSet[] valueDocs(int[] start, int[] column, int valueCount, int maxDoc) {
		FixedBitSet[] sets = new FixedBitSet[valueCount];
		for (int ord = 0; ord < valueCount; ord++) {
			sets[ord] = new FixedBitSet(Math.max(1, maxDoc));
		}
		for (int doc = 0; doc < maxDoc; doc++) {
			for (int k = start[doc]; k < start[doc + 1]; k++) {
				sets[column[k]].set(doc);
			}
		}
		return sets;
	}

	/** The columns of {@code reader}'s segment, read on first use. */
	static FacetColumns of(LeafReader reader) throws IOException {
		IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
		if (helper == null) {
			return new FacetColumns(reader);
		}
		FacetColumns cached = CACHE.get(helper.getKey());
		if (cached != null) {
			return cached;
		}
		FacetColumns read = new FacetColumns(reader);
		if (CACHE.putIfAbsent(helper.getKey(), read) == null) {
			helper.addClosedListener(CACHE::remove);
		}
		return read;
	}

	/**
	 * Adds facet {@code facet}'s value counts among {@code docs} to {@code counts}
	 * (indexed by ordinal): one pop count per value where the value sets are kept,
	 * else a pass over the documents.
	 */
	void count(int facet, FixedBitSet docs, int[] counts) {
		FixedBitSet[] sets = valueDocs[facet];
		if (sets != null) {
			for (int ord = 0; ord < sets.length; ord++) {
				counts[ord] += (int) FixedBitSet.intersectionCount(docs, sets[ord]);
			}
			return;
		}
		int[] start = starts[facet];
		int[] column = ords[facet];
		for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < docs.length()
				? docs.nextSetBit(doc + 1)
				: DocIdSetIterator.NO_MORE_DOCS) {
			for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
				counts[column[k]]++;
			}
		}
	}

	/**
	 * The documents having one of the values {@code selected} (ordinals, ascending)
	 * of {@code facet}.
	 */
	FixedBitSet docsWithAny(int facet, int[] selected, int maxDoc) {
		FixedBitSet docs = new FixedBitSet(Math.max(1, maxDoc));
		FixedBitSet[] sets = valueDocs[facet];
		if (sets != null) {
			for (int ord : selected) {
				docs.or(sets[ord]);
			}
			return docs;
		}
		int[] start = starts[facet];
		int[] column = ords[facet];
		for (int doc = 0; doc < maxDoc; doc++) {
			for (int k = start[doc], end = start[doc + 1]; k < end; k++) {
				if (Arrays.binarySearch(selected, column[k]) >= 0) {
					docs.set(doc);
					break;
				}
			}
		}
		return docs;
	}

	int start(int facet, int doc) {
		return starts[facet][doc];
	}

	int end(int facet, int doc) {
		return starts[facet][doc + 1];
	}

	int ord(int facet, int index) {
		return ords[facet][index];
	}

	int valueCount(int facet) {
		return values[facet].length;
	}

	String value(int facet, int ord) {
		return values[facet][ord];
	}

	/** The ordinal of {@code value} in {@code facet}, or -1. */
	int ordOf(int facet, String value) {
		String[] names = values[facet];
		for (int ord = 0; ord < names.length; ord++) {
			if (names[ord].equals(value)) {
				return ord;
			}
		}
		return -1;
	}
}
