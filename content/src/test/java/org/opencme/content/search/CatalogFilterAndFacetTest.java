package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.search.Activities.AMA;
import static org.opencme.content.search.Activities.ANCC;
import static org.opencme.content.search.Activities.NOW;
import static org.opencme.content.search.Activities.TODAY;
import static org.opencme.content.search.Activities.activity;
import static org.opencme.content.search.Activities.ids;
import static org.opencme.content.search.Activities.query;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Filters, availability, facet counts (drill-sideways), sorting and paging. */
class CatalogFilterAndFacetTest {

	private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));
	private static CatalogIndex index;

	@BeforeAll
	static void fill() {
		index = CatalogIndex.inMemory();
		index.rebuild(List.of(
				activity(1, "Asthma in Children").topics("Pulmonology", "Pediatrics").credit(AMA, "1.5")
						.published(Instant.parse("2024-03-01T00:00:00Z")).build(),
				activity(2, "Asthma Webinar").format(CatalogDocument.LIVE_WEBINAR).topics("Pulmonology")
						.credit(AMA, "1").credit(ANCC, "1").fee(4900).nextSession(TOMORROW)
						.published(Instant.parse("2024-05-01T00:00:00Z")).build(),
				activity(3, "Asthma Workshop Last Month").format(CatalogDocument.LIVE_IN_PERSON).topics("Pulmonology")
						.credit(ANCC, "3").nextSession(NOW.minus(Duration.ofDays(30))).build(),
				activity(4, "Asthma Review Expired").topics("Pulmonology")
						.available(TODAY.minusYears(2), TODAY.minusDays(1)).build(),
				activity(5, "Asthma Preview Unreleased").topics("Pulmonology").available(TODAY.plusDays(1), null)
						.build(),
				activity(6, "Asthma Expiring Today").topics("Pediatrics").available(TODAY.minusYears(1), TODAY)
						.fee(1000).credit(AMA, "0.5").build(),
				activity(7, "Proctored Asthma Exam").format(CatalogDocument.PROCTORED).topics("Pulmonology")
						.nextSession(NOW.plus(Duration.ofDays(10))).build()));
	}

	@AfterAll
	static void close() {
		index.close();
	}

	@Test
	void expiredAndUnreleasedActivitiesAreNotListed() {
		CatalogPage page = index.search(query("asthma").build());
		assertEquals(Set.of(1L, 2L, 3L, 6L, 7L), Set.copyOf(ids(page)));
		assertEquals(5, page.total());
	}

	@Test
	void filtersCombineAcrossFacetsAndAlternateWithin() {
		assertEquals(Set.of(2L, 3L), Set.copyOf(ids(index.search(query("asthma")
				.formats(Set.of(CatalogDocument.LIVE_WEBINAR, CatalogDocument.LIVE_IN_PERSON)).build()))));
		assertEquals(Set.of(2L),
				Set.copyOf(ids(index.search(query("").creditTypes(Set.of(ANCC)).free(false).build()))));
		assertEquals(Set.of(1L, 6L), Set.copyOf(ids(index.search(query("").topics(Set.of("Pediatrics")).build()))));
		assertEquals(Set.of(1L, 3L, 7L), Set.copyOf(ids(index.search(query("asthma").free(true).build()))));
	}

	@Test
	void upcomingOnlyDropsLiveActivitiesWhoseSessionsArePast() {
		assertEquals(Set.of(1L, 2L, 6L, 7L), Set.copyOf(ids(index.search(query("").upcomingOnly(true).build()))));
	}

	@Test
	void theMonthOfTheNextSessionIsAFacetInCalendarOrder() {
		CatalogPage all = index.search(query("asthma").build());
		assertEquals(List.of(new FacetCount("2025-05", 1), new FacetCount("2025-06", 2)), all.facets().get("starts"));
		CatalogPage upcoming = index.search(query("asthma").upcomingOnly(true).build());
		assertEquals(List.of(new FacetCount("2025-06", 2)), upcoming.facets().get("starts"));
		CatalogPage june = index.search(query("").startMonths(Set.of("2025-06")).build());
		assertEquals(Set.of(2L, 7L), Set.copyOf(ids(june)));
		assertEquals(List.of(new FacetCount("2025-05", 1), new FacetCount("2025-06", 2)), june.facets().get("starts"),
				"drill-sideways: the month facet ignores its own selection");
	}

	@Test
	void facetsCountTheMatchingActivities() {
		CatalogPage page = index.search(query("asthma").build());
		assertEquals(List.of(new FacetCount("Pulmonology", 4), new FacetCount("Pediatrics", 2)),
				page.facets().get("topic"));
		assertEquals(List.of(new FacetCount(AMA, 3), new FacetCount(ANCC, 2)), page.facets().get("creditType"));
		assertEquals(List.of(new FacetCount("true", 3), new FacetCount("false", 2)), page.facets().get("free"));
		assertEquals(4, page.facets().get("format").size());
	}

	@Test
	void aFacetIgnoresItsOwnFilterButNotTheOthers() {
		CatalogPage page = index.search(query("").formats(Set.of(CatalogDocument.ON_DEMAND)).build());
		assertEquals(Set.of(1L, 6L), Set.copyOf(ids(page)));
		assertTrue(page.facets().get("format").contains(new FacetCount(CatalogDocument.LIVE_WEBINAR, 1)));
		assertEquals(List.of(new FacetCount("Pediatrics", 2), new FacetCount("Pulmonology", 1)),
				page.facets().get("topic"));
	}

	@Test
	void facetValuesAreCappedWithTheMostFrequentFirst() {
		CatalogPage page = index.search(query("").maxFacetValues(1).build());
		assertEquals(List.of(new FacetCount("Pulmonology", 4)), page.facets().get("topic"));
	}

	@Test
	void hitsCarryCreditsAndFee() {
		CatalogHit hit = index.search(query("webinar").build()).items().get(0);
		assertEquals(2L, hit.activityId());
		assertEquals(CatalogDocument.LIVE_WEBINAR, hit.format());
		assertEquals(4900, hit.feeMinor());
		assertEquals(List.of(new CreditOffer(AMA, AMA + " credit", BigDecimal.ONE),
				new CreditOffer(ANCC, ANCC + " credit", BigDecimal.ONE)), hit.credits());
	}

	@Test
	void sortsByDateOrNextSession() {
		assertEquals(List.of(2L, 1L), ids(index.search(query("").sort(CatalogSort.DATE).size(2).build())));
		assertEquals(List.of(3L, 2L, 7L), ids(index.search(query("").sort(CatalogSort.NEXT_SESSION).size(3).build())));
	}

	@Test
	void pagesAreDisjointAndTotalIsTheWholeCount() {
		CatalogPage first = index.search(query("asthma").size(2).build());
		CatalogPage second = index.search(query("asthma").size(2).page(1).build());
		CatalogPage third = index.search(query("asthma").size(2).page(2).build());
		assertEquals(5, second.total());
		assertEquals(2, first.items().size());
		assertEquals(1, third.items().size());
		assertEquals(5, Set.of(ids(first), ids(second), ids(third)).stream().flatMap(List::stream).distinct().count());
		assertTrue(index.search(query("asthma").size(2).page(9).build()).items().isEmpty());
	}

	@Test
	void pagesBeyondTheWindowAreRefused() {
		assertThrows(InvalidCatalogQueryException.class, () -> query("").size(100).page(100).build());
		assertThrows(InvalidCatalogQueryException.class, () -> query("").size(0).build());
	}
}
