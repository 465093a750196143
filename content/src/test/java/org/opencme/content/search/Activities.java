package org.opencme.content.search;

import static java.util.Arrays.asList;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test data: catalog documents with sensible defaults, available on
 * {@link #TODAY}.
 */
final class Activities {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
	static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
	static final String AMA = "AMA_PRA_1";
	static final String ANCC = "ANCC";

	private long id;
	private String title;
	private String summary = "";
	private List<String> objectives = List.of();
	private List<String> faculty = List.of();
	private List<String> topics = List.of();
	private String format = CatalogDocument.ON_DEMAND;
	private final List<CreditOffer> credits = new ArrayList<>();
	private long feeMinor;
	private LocalDate release = LocalDate.of(2024, 1, 1);
	private LocalDate expiry;
	private Instant nextSession;
	private Instant published = Instant.parse("2024-01-01T00:00:00Z");
	private String body = "";

	static Activities activity(long id, String title) {
		Activities a = new Activities();
		a.id = id;
		a.title = title;
		return a;
	}

	/** A query builder fixed at {@link #TODAY} / {@link #NOW}. */
	static CatalogQuery.Builder query(String text) {
		return CatalogQuery.builder().text(text).today(TODAY).now(NOW);
	}

	static List<Long> ids(CatalogPage page) {
		return page.items().stream().map(CatalogHit::activityId).toList();
	}

	Activities summary(String value) {
		summary = value;
		return this;
	}

	Activities objectives(String... values) {
		objectives = asList(values);
		return this;
	}

	Activities faculty(String... values) {
		faculty = asList(values);
		return this;
	}

	Activities topics(String... values) {
		topics = asList(values);
		return this;
	}

	Activities format(String value) {
		format = value;
		return this;
	}

	Activities credit(String code, String amount) {
		credits.add(new CreditOffer(code, code + " credit", new BigDecimal(amount)));
		return this;
	}

	Activities fee(long minor) {
		feeMinor = minor;
		return this;
	}

	Activities available(LocalDate from, LocalDate until) {
		release = from;
		expiry = until;
		return this;
	}

	Activities nextSession(Instant start) {
		nextSession = start;
		return this;
	}

	Activities published(Instant at) {
		published = at;
		return this;
	}

	Activities body(String value) {
		body = value;
		return this;
	}

	CatalogDocument build() {
		return new CatalogDocument(id, id * 10, title, summary, objectives, faculty, topics, format, credits, feeMinor,
				release, expiry, nextSession, published, body);
	}
}
