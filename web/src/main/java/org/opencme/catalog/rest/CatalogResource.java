package org.opencme.catalog.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.catalog.boundary.CatalogService;
import org.opencme.content.search.CatalogPage;
import org.opencme.content.search.CatalogQuery;
import org.opencme.content.search.CatalogSort;
import org.opencme.content.search.FacetCount;
import org.opencme.content.search.InvalidCatalogQueryException;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * {@code GET /api/catalog}: published, unexpired activities matching a search,
 * with facet counts.
 */
@Path("catalog")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

	@Inject
	CatalogService catalog;

	@Inject
	Clock clock;

	/** One result. */
	public record Item(long id, String title, String format, List<Credit> credits, long feeMinor, String highlight) {
	}

	/** A credit offered. */
	public record Credit(String type, String name, BigDecimal amount) {
	}

	/** One facet value with its count. */
	public record Facet(String value, long count) {
	}

	/** A page of results. */
	public record Results(long total, List<Item> items, Map<String, List<Facet>> facets) {
	}

	@GET
	public Results search(@QueryParam("q") String q, @QueryParam("format") List<String> formats,
			@QueryParam("creditType") List<String> creditTypes, @QueryParam("topic") List<String> topics,
			@QueryParam("free") Boolean free, @QueryParam("upcoming") Boolean upcoming,
			@QueryParam("starts") List<String> startMonths, @QueryParam("sort") @DefaultValue("RELEVANCE") String sort,
			@QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
		CatalogQuery query;
		try {
			query = CatalogQuery.builder().asOf(ProviderCalendar.inZone(clock)).text(q).formats(formats)
					.creditTypes(creditTypes).topics(topics).free(free).upcomingOnly(Boolean.TRUE.equals(upcoming))
					.startMonths(startMonths).sort(CatalogSort.valueOf(sort.toUpperCase())).page(page).size(size)
					.build();
		} catch (IllegalArgumentException | InvalidCatalogQueryException e) {
			throw new InvalidInputException("The search is not valid: " + e.getMessage(), Map.of("q", e.getMessage()));
		}
		CatalogPage result = catalog.search(query);
		List<Item> items = result.items().stream()
				.map(h -> new Item(h.activityId(), h.title(), h.format(),
						h.credits().stream().map(c -> new Credit(c.typeCode(), c.typeName(), c.amount())).toList(),
						h.feeMinor(), h.highlight()))
				.toList();
		Map<String, List<Facet>> facets = result.facets().entrySet().stream().collect(
				Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream().map(CatalogResource::facet).toList()));
		return new Results(result.total(), items, facets);
	}

	@GET
	@Path("suggest")
	public List<String> suggest(@QueryParam("q") String q) {
		return q == null || q.isBlank() ? List.of() : catalog.suggest(q, 8);
	}

	private static Facet facet(FacetCount count) {
		return new Facet(count.value(), count.count());
	}
}
