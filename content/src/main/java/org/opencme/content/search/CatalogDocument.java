package org.opencme.content.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the catalog index knows about one published activity: the text of its
 * current version and the data the filters, facets and sort need. One document
 * per activity ({@code activityId} is the key: indexing a new version replaces
 * the old one).
 *
 * <p>
 * Invariants: {@code format} is one of {@link #FORMATS}; lists are never
 * {@code null} (copied, unmodifiable); {@code expiryDate}, when present, is not
 * before {@code releaseDate}; {@code nextSessionStart} is only meaningful for
 * {@link #LIVE_FORMATS}. {@code bodyText} is plain text already extracted from
 * content modules and PDFs.
 */
public record CatalogDocument(long activityId, long versionId, String title, String summary, List<String> objectives,
		List<String> faculty, List<String> topics, String format, List<CreditOffer> credits, long feeMinor,
		LocalDate releaseDate, LocalDate expiryDate, Instant nextSessionStart, Instant publishedAt, String bodyText) {

	public static final String ON_DEMAND = "ON_DEMAND";
	public static final String LIVE_WEBINAR = "LIVE_WEBINAR";
	public static final String LIVE_IN_PERSON = "LIVE_IN_PERSON";
	public static final String PROCTORED = "PROCTORED";
	public static final Set<String> FORMATS = Set.of(ON_DEMAND, LIVE_WEBINAR, LIVE_IN_PERSON, PROCTORED);
	/**
	 * Formats that happen at a scheduled time, so "upcoming only" applies to them.
	 */
	public static final Set<String> LIVE_FORMATS = Set.of(LIVE_WEBINAR, LIVE_IN_PERSON, PROCTORED);

	public CatalogDocument {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("activity " + activityId + " has no title");
		}
		if (!FORMATS.contains(format)) {
			throw new IllegalArgumentException("unknown format " + format + " of activity " + activityId);
		}
		if (feeMinor < 0) {
			throw new IllegalArgumentException("fee must not be negative: " + feeMinor);
		}
		Objects.requireNonNull(releaseDate, "releaseDate");
		Objects.requireNonNull(publishedAt, "publishedAt");
		if (expiryDate != null && expiryDate.isBefore(releaseDate)) {
			throw new IllegalArgumentException("activity " + activityId + " expires before its release");
		}
		summary = summary == null ? "" : summary;
		bodyText = bodyText == null ? "" : bodyText;
		objectives = copy(objectives);
		faculty = copy(faculty);
		topics = copy(topics);
		credits = credits == null ? List.of() : List.copyOf(credits);
	}

	/** Whether this activity happens at scheduled sessions. */
	public boolean isLive() {
		return LIVE_FORMATS.contains(format);
	}

	private static List<String> copy(List<String> values) {
		return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
	}
}
