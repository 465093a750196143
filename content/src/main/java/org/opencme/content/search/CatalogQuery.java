package org.opencme.content.search;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * A catalog search as the REST API receives it. Empty filter sets mean "any";
 * values within one filter are alternatives (OR), different filters all apply
 * (AND). {@code free} {@code null} means free and paid.
 *
 * <p>
 * {@code today} decides availability (release &le; today &le; expiry) and
 * {@code now} decides what "upcoming" means for live formats; both are explicit
 * so results are reproducible. {@code page} is zero-based.
 */
public record CatalogQuery(String text, Set<String> formats, Set<String> creditTypes, Set<String> topics, Boolean free,
		boolean upcomingOnly, LocalDate today, Instant now, CatalogSort sort, int page, int size, int maxFacetValues,
		Set<String> startMonths) {

	public static final int MAX_SIZE = 100;
	/** Deepest result position served; beyond it users refine the query. */
	public static final int MAX_WINDOW = 10_000;

	public CatalogQuery {
		text = text == null ? "" : text.strip();
		formats = Set.copyOf(formats);
		creditTypes = Set.copyOf(creditTypes);
		topics = Set.copyOf(topics);
		startMonths = Set.copyOf(startMonths);
		Objects.requireNonNull(today, "today");
		Objects.requireNonNull(now, "now");
		Objects.requireNonNull(sort, "sort");
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new InvalidCatalogQueryException("page must be >= 0 and size 1.." + MAX_SIZE);
		}
		if ((long) (page + 1) * size > MAX_WINDOW) {
			throw new InvalidCatalogQueryException("results beyond position " + MAX_WINDOW + " are not served");
		}
		if (maxFacetValues < 1) {
			throw new InvalidCatalogQueryException("maxFacetValues must be positive");
		}
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builds a query; defaults: no text, no filters, the system clock (UTC),
	 * relevance, page 0 of 20.
	 */
	public static final class Builder {
		private String text = "";
		private Set<String> formats = Set.of();
		private Set<String> creditTypes = Set.of();
		private Set<String> topics = Set.of();
		private Set<String> startMonths = Set.of();
		private Boolean free;
		private boolean upcomingOnly;
		private Instant now = Instant.now();
		private LocalDate today = LocalDate.now(Clock.systemUTC());
		private CatalogSort sort = CatalogSort.RELEVANCE;
		private int page;
		private int size = 20;
		private int maxFacetValues = 20;

		private Builder() {
		}

		public Builder text(String value) {
			text = value;
			return this;
		}

		public Builder formats(Collection<String> values) {
			formats = Set.copyOf(values);
			return this;
		}

		public Builder creditTypes(Collection<String> values) {
			creditTypes = Set.copyOf(values);
			return this;
		}

		/**
		 * Months ({@code "2026-12"}) in which a live activity's next session falls; see
		 * {@link CatalogFacet#STARTS}.
		 */
		public Builder startMonths(Collection<String> values) {
			startMonths = Set.copyOf(values);
			return this;
		}

		public Builder topics(Collection<String> values) {
			topics = Set.copyOf(values);
			return this;
		}

		public Builder free(Boolean value) {
			free = value;
			return this;
		}

		public Builder upcomingOnly(boolean value) {
			upcomingOnly = value;
			return this;
		}

		/** Sets {@code now} and {@code today} (in the clock's zone) from one clock. */
		public Builder asOf(Clock clock) {
			now = clock.instant();
			today = LocalDate.now(clock);
			return this;
		}

		public Builder today(LocalDate value) {
			today = value;
			return this;
		}

		public Builder now(Instant value) {
			now = value;
			return this;
		}

		public Builder sort(CatalogSort value) {
			sort = value;
			return this;
		}

		public Builder page(int value) {
			page = value;
			return this;
		}

		public Builder size(int value) {
			size = value;
			return this;
		}

		public Builder maxFacetValues(int value) {
			maxFacetValues = value;
			return this;
		}

		public CatalogQuery build() {
			return new CatalogQuery(text, formats, creditTypes, topics, free, upcomingOnly, today, now, sort, page,
					size, maxFacetValues, startMonths);
		}
	}
}
