package org.opencme.content.search;

import java.util.Map;

/**
 * Field names of the catalog index and the weights of the searchable text
 * fields. Facet fields are named by {@link CatalogFacet#key()} and carry both
 * an indexed term (filters) and sorted-set doc values (counts).
 */
final class CatalogFields {

	static final String KEY = "id";
	static final String ACTIVITY_ID = "activityId";
	static final String VERSION_ID = "versionId";
	static final String TITLE = "title";
	static final String TITLE_PREFIX = "titlePrefix";
	static final String TOPICS = "topics";
	static final String OBJECTIVES = "objectives";
	static final String SUMMARY = "summary";
	static final String FACULTY = "faculty";
	static final String BODY = "body";
	static final String CREDIT = "credit";
	static final String FEE = "fee";
	static final String LIVE = "live";
	static final String RELEASE = "release";
	static final String EXPIRY = "expiry";
	static final String NEXT_SESSION = "nextSession";
	static final String PUBLISHED = "published";

	/**
	 * Searchable text fields and their boosts: a title match outranks the same word
	 * deep in a handout.
	 */
	static final Map<String, Float> TEXT_WEIGHTS = Map.of(TITLE, 4f, TOPICS, 3f, OBJECTIVES, 2f, SUMMARY, 2f, FACULTY,
			1f, BODY, 1f);

	private CatalogFields() {
	}
}
