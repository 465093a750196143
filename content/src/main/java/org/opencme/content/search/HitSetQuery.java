package org.opencme.content.search;

import java.util.Map;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The hits a counting pass found, as a filter for the scoring pass on the same
 * searcher: the scoring pass then only advances its text scorers to documents
 * known to pass every filter, instead of matching text first and checking
 * availability and facet filters after. Only valid on the point-in-time reader
 * it was collected from (by leaf number); not cacheable.
 */
final class HitSetQuery extends Query {

	/** One segment's hits: {@code size} documents. */
	record LeafHits(FixedBitSet docs, int size) {
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
						return new ConstantScoreScorer(weight, score(), scoreMode,
								new BitSetIterator(docs.docs(), docs.size()));
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
}
