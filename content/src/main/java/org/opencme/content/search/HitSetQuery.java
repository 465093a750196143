package org.opencme.content.search;

import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The hits a counting pass found, as a filter for the scoring pass on the same
 * searcher: the scoring pass then only advances its text scorers to documents
 * known to pass every filter, instead of matching text first and checking
 * availability and facet filters after. Only valid on the point-in-time reader
 * it was collected from (by leaf number); not cacheable.
 */
final class HitSetQuery extends Query {

	/**
	 * The first {@code size} of {@code docs}, ascending, are one segment's hits.
	 */
	record LeafHits(int[] docs, int size) {
	}

	private final Map<Integer, LeafHits> docsByLeaf;

	HitSetQuery(Map<Integer, LeafHits> docsByLeaf) {
		this.docsByLeaf = Map.copyOf(docsByLeaf);
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {
			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) {
				LeafHits docs = docsByLeaf.get(context.ord);
				if (docs == null || docs.size() == 0) {
					return null;
				}
				Weight weight = this;
				return new ScorerSupplier() {
					@Override
					public Scorer get(long leadCost) {
						return new ConstantScoreScorer(weight, score(), scoreMode, new SortedDocs(docs));
					}

					@Override
					public long cost() {
						return docs.size();
					}
				};
			}

			@Override
			public Scorer scorer(LeafReaderContext context) throws java.io.IOException {
				ScorerSupplier supplier = scorerSupplier(context);
				return supplier == null ? null : supplier.get(Long.MAX_VALUE);
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return "HitSet(" + docsByLeaf.values().stream().mapToInt(LeafHits::size).sum() + " docs)";
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}

	/** An iterator over ascending document numbers. */
	private static final class SortedDocs extends DocIdSetIterator {
		private final int[] docs;
		private final int size;
		private int index = -1;
		private int doc = -1;

		SortedDocs(LeafHits hits) {
			this.docs = hits.docs();
			this.size = hits.size();
		}

		@Override
		public int docID() {
			return doc;
		}

		@Override
		public int nextDoc() {
			index++;
			doc = index < size ? docs[index] : NO_MORE_DOCS;
			return doc;
		}

		@Override
		public int advance(int target) {
			int from = Math.max(index + 1, 0);
			int found = java.util.Arrays.binarySearch(docs, from, size, target);
			index = found >= 0 ? found : -found - 1;
			doc = index < size ? docs[index] : NO_MORE_DOCS;
			return doc;
		}

		@Override
		public long cost() {
			return size;
		}
	}
}
