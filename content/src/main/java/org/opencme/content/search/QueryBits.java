package org.opencme.content.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents matching a query, without scores, worked out per segment as a
 * bit set: the postings of every word are OR-ed into bits in one tight loop
 * each, and the parts of a conjunction AND-ed 64 documents at a time. For the
 * counting pass, which must visit every hit anyway, this costs a fraction of
 * driving the scorers in step (a heap over six fields per word, leap-frogging
 * between words).
 *
 * <p>
 * Boolean structure ({@code MUST}, {@code FILTER}, {@code SHOULD} without a
 * minimum, {@code MUST_NOT}), dis-max, boosts and constant scores are evaluated
 * here; every other part (terms, synonyms, phrases, ranges) by its own Lucene
 * scorer. Matches exactly the live documents {@code query} matches.
 */
final class QueryBits {

	private final Node root;

	private QueryBits(Node root) {
		this.root = root;
	}

	/** {@code query} prepared for evaluation on {@code searcher}'s segments. */
	static QueryBits of(IndexSearcher searcher, Query query) throws IOException {
		return new QueryBits(node(searcher, searcher.rewrite(query)));
	}

	/** The live documents of {@code context}'s segment that match. */
	FixedBitSet bits(LeafReaderContext context) throws IOException {
		FixedBitSet bits = root.bits(context);
		if (bits == null) {
			return new FixedBitSet(Math.max(1, context.reader().maxDoc()));
		}
		Bits live = context.reader().getLiveDocs();
		if (live != null) {
			bits.and(FixedBitSet.copyOf(live));
		}
		return bits;
	}

	private static Node node(IndexSearcher searcher, Query query) throws IOException {
		if (query instanceof BoostQuery boost) {
			return node(searcher, boost.getQuery());
		}
		if (query instanceof ConstantScoreQuery constant) {
			return node(searcher, constant.getQuery());
		}
		if (query instanceof DisjunctionMaxQuery dismax) {
			List<Node> any = new ArrayList<>();
			for (Query disjunct : dismax.getDisjuncts()) {
				any.add(node(searcher, disjunct));
			}
			return new Any(any);
		}
		if (query instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0) {
			List<Node> all = new ArrayList<>();
			List<Node> any = new ArrayList<>();
			List<Node> none = new ArrayList<>();
			for (BooleanClause clause : bool.clauses()) {
				Node child = node(searcher, clause.getQuery());
				switch (clause.getOccur()) {
					case MUST, FILTER -> all.add(child);
					case SHOULD -> any.add(child);
					case MUST_NOT -> none.add(child);
				}
			}
			if (all.isEmpty() && !any.isEmpty()) {
				all.add(new Any(any));
			}
			if (!all.isEmpty()) {
				return new All(all, none);
			}
		}
		return new Leaf(searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f));
	}

	/** One part of the query, evaluated per segment. */
	private interface Node {
		/**
		 * The matching documents of the segment (deleted ones included), or
		 * {@code null} if none.
		 */
		FixedBitSet bits(LeafReaderContext context) throws IOException;

		/** Adds the matching documents of the segment to {@code into}. */
		default void orInto(LeafReaderContext context, FixedBitSet into) throws IOException {
			FixedBitSet bits = bits(context);
			if (bits != null) {
				into.or(bits);
			}
		}
	}

	private record Leaf(Weight weight) implements Node {
		@Override
		public FixedBitSet bits(LeafReaderContext context) throws IOException {
			Scorer scorer = weight.scorer(context);
			if (scorer == null) {
				return null;
			}
			FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
			bits.or(scorer.iterator());
			return bits;
		}

		@Override
		public void orInto(LeafReaderContext context, FixedBitSet into) throws IOException {
			Scorer scorer = weight.scorer(context);
			if (scorer != null) {
				into.or(scorer.iterator());
			}
		}
	}

	private record Any(List<Node> children) implements Node {
		@Override
		public FixedBitSet bits(LeafReaderContext context) throws IOException {
			FixedBitSet bits = new FixedBitSet(Math.max(1, context.reader().maxDoc()));
			for (Node child : children) {
				child.orInto(context, bits);
			}
			return bits;
		}
	}

	private record All(List<Node> required, List<Node> excluded) implements Node {
		@Override
		public FixedBitSet bits(LeafReaderContext context) throws IOException {
			FixedBitSet bits = null;
			for (Node child : required) {
				FixedBitSet next = child.bits(context);
				if (next == null) {
					return null;
				}
				if (bits == null) {
					bits = next;
				} else {
					bits.and(next);
				}
			}
			for (Node child : excluded) {
				FixedBitSet next = child.bits(context);
				if (next != null) {
					bits.andNot(next);
				}
			}
			return bits;
		}
	}
}
