package org.opencme.catalog.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencme.catalog.boundary.CatalogService;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;
import org.opencme.content.search.CatalogSort;
import org.opencme.content.search.FacetCount;
import org.opencme.content.search.InvalidCatalogQueryException;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * The catalog: one search box with completions, facets to narrow, relevance or
 * date order, pages of 10.
 */
@Named
@ViewScoped
public class CatalogSearchView implements Serializable {

	private static final long serialVersionUID = 1L;
	static final int PAGE_SIZE = 10;

	@Inject
	CatalogService catalog;

	@Inject
	Clock clock;

	private String q;
	private List<String> formats = new ArrayList<>();
	private List<String> creditTypes = new ArrayList<>();
	private List<String> topics = new ArrayList<>();
	private List<String> startMonths = new ArrayList<>();
	private boolean upcomingOnly;
	private String price = "";
	private CatalogSort sort = CatalogSort.RELEVANCE;
	private int page;
	private CatalogPage result;
	private String error;

	public void search() {
		page = 0;
		run();
	}

	public void run() {
		error = null;
		try {
			result = catalog.search(CatalogQuery.builder().asOf(ProviderCalendar.inZone(clock)).text(q).formats(formats)
					.creditTypes(creditTypes).topics(topics)
					.free(price.isEmpty() ? null : Boolean.valueOf(price.equals("free"))).startMonths(startMonths)
					.upcomingOnly(upcomingOnly).sort(sort).page(page).size(PAGE_SIZE).build());
		} catch (InvalidCatalogQueryException | IllegalArgumentException e) {
			error = "This search cannot be run: " + e.getMessage();
			result = null;
		}
	}

	public List<String> complete(String prefix) {
		return catalog.suggest(prefix, 8);
	}

	public void next() {
		page++;
		run();
	}

	public void previous() {
		page = Math.max(0, page - 1);
		run();
	}

	public List<FacetCount> facet(String name) {
		return result == null ? List.of() : result.facets().getOrDefault(name, List.of());
	}

	public long getTotal() {
		return result == null ? 0 : result.total();
	}

	public boolean isHasNext() {
		return (long) (page + 1) * PAGE_SIZE < getTotal();
	}

	public CatalogPage getResult() {
		return result;
	}

	public Map<String, List<FacetCount>> getFacets() {
		return result == null ? Map.of() : result.facets();
	}

	public CatalogSort[] getSorts() {
		return CatalogSort.values();
	}

	/** "2026-12" as "December 2026". */
	public String monthLabel(String month) {
		try {
			return java.time.YearMonth.parse(month)
					.format(java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.ENGLISH));
		} catch (java.time.format.DateTimeParseException e) {
			return month;
		}
	}

	public List<String> getStartMonths() {
		return startMonths;
	}

	public void setStartMonths(List<String> startMonths) {
		this.startMonths = startMonths == null ? new ArrayList<>() : startMonths;
	}

	public boolean isUpcomingOnly() {
		return upcomingOnly;
	}

	public void setUpcomingOnly(boolean upcomingOnly) {
		this.upcomingOnly = upcomingOnly;
	}

	public String sortLabel(CatalogSort value) {
		return switch (value) {
			case RELEVANCE -> "Best match";
			case DATE -> "Newest";
			case NEXT_SESSION -> "Next session";
		};
	}

	public String getQ() {
		return q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public List<String> getFormats() {
		return formats;
	}

	public void setFormats(List<String> formats) {
		this.formats = formats;
	}

	public List<String> getCreditTypes() {
		return creditTypes;
	}

	public void setCreditTypes(List<String> creditTypes) {
		this.creditTypes = creditTypes;
	}

	public List<String> getTopics() {
		return topics;
	}

	public void setTopics(List<String> topics) {
		this.topics = topics;
	}

	public String getPrice() {
		return price;
	}

	public void setPrice(String price) {
		this.price = price == null ? "" : price;
	}

	public CatalogSort getSort() {
		return sort;
	}

	public void setSort(CatalogSort sort) {
		this.sort = sort;
	}

	public int getPage() {
		return page;
	}

	public String getError() {
		return error;
	}
}
