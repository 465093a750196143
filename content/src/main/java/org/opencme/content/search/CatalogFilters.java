package org.opencme.content.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The non-scoring part of a catalog query: availability and "upcoming" always
 * restrict the query itself; facet selections are applied while counting (see
 * {@link FacetCounter}), so each facet can also be counted without its own
 * selection (drill-sideways) in the same pass.
 */
final class CatalogFilters {

	private final Map<CatalogFacet, Set<String>> selections = new EnumMap<>(CatalogFacet.class);
	private final List<Query> always = new ArrayList<>();

	CatalogFilters(CatalogQuery query) {
		selections.put(CatalogFacet.FORMAT, query.formats());
		selections.put(CatalogFacet.CREDIT_TYPE, query.creditTypes());
		selections.put(CatalogFacet.TOPIC, query.topics());
		selections.put(CatalogFacet.FREE, query.free() == null ? Set.of() : Set.of(query.free().toString()));
		selections.put(CatalogFacet.STARTS, query.startMonths());
		always.add(availableOn(query.today()));
		if (query.upcomingOnly()) {
			always.add(upcoming(query.now().toEpochMilli()));
		}
	}

	/** Released on or before {@code day} and not expired before it. */
	static Query availableOn(LocalDate day) {
		long epochDay = day.toEpochDay();
		return new BooleanQuery.Builder()
				.add(LongPoint.newRangeQuery(CatalogFields.RELEASE, Long.MIN_VALUE, epochDay), Occur.FILTER)
				.add(LongPoint.newRangeQuery(CatalogFields.EXPIRY, epochDay, Long.MAX_VALUE), Occur.FILTER).build();
	}

	/**
	 * On-demand activities, or live ones whose next session starts at or after
	 * {@code nowMillis}.
	 */
	private static Query upcoming(long nowMillis) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(CatalogFields.LIVE, "false")), Occur.SHOULD)
				.add(LongPoint.newRangeQuery(CatalogFields.NEXT_SESSION, nowMillis, Long.MAX_VALUE), Occur.SHOULD)
				.build();
	}

	/** Selected values per facet; an empty set means the facet is not filtered. */
	Map<CatalogFacet, Set<String>> selections() {
		return selections;
	}

	/**
	 * {@code scoring} restricted to available (and, if asked, upcoming) activities.
	 */
	Query restrict(Query scoring) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(scoring, Occur.MUST);
		always.forEach(filter -> builder.add(filter, Occur.FILTER));
		return builder.build();
	}
}
