package org.opencme.content.search;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * How a {@link CatalogIndex} is configured: synonym rules added to the shipped
 * medical list (Solr format, one rule per entry, e.g.
 * {@code "ams, antimicrobial stewardship"}), the clock autocomplete uses to
 * hide unavailable activities, and how many threads one search may use across
 * index segments ({@code 1}: only the caller's thread; fixed when the index is
 * opened). Intra-query threads cut the latency of one search on an idle
 * machine; under full load they neither help nor hurt much.
 */
public record CatalogIndexOptions(List<String> extraSynonyms, Clock clock, int searchThreads) {

	public CatalogIndexOptions {
		extraSynonyms = List.copyOf(extraSynonyms);
		Objects.requireNonNull(clock, "clock");
		if (searchThreads < 1) {
			throw new IllegalArgumentException("searchThreads must be at least 1");
		}
	}

	/**
	 * No extra synonyms, the UTC system clock, up to 4 search threads (one per
	 * core).
	 */
	public static CatalogIndexOptions defaults() {
		return new CatalogIndexOptions(List.of(), Clock.systemUTC(),
				Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
	}

	public CatalogIndexOptions withExtraSynonyms(List<String> rules) {
		return new CatalogIndexOptions(rules, clock, searchThreads);
	}

	public CatalogIndexOptions withClock(Clock value) {
		return new CatalogIndexOptions(extraSynonyms, value, searchThreads);
	}

	public CatalogIndexOptions withSearchThreads(int value) {
		return new CatalogIndexOptions(extraSynonyms, clock, value);
	}
}
