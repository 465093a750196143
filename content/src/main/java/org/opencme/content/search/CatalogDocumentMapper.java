package org.opencme.content.search;

import static org.opencme.content.search.CatalogFields.*;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * Maps a {@link CatalogDocument} to its Lucene document and a result line back
 * to a {@link CatalogHit}. The one place that knows how each property is
 * indexed: snippet fields carry offsets in the postings (fast, exact
 * highlighting), what a result shows (and the body for snippets) is kept in
 * {@link PageValues}, facet fields as term plus sorted-set doc values, dates as
 * points (filters) and numeric doc values (sort). A missing expiry is indexed
 * as {@link Long#MAX_VALUE} so "not expired" is one range query.
 */
final class CatalogDocumentMapper {

	private static final FieldType SNIPPET_TEXT = snippetType();

	private CatalogDocumentMapper() {
	}

	static Term key(long activityId) {
		return new Term(KEY, Long.toString(activityId));
	}

	static Document toDocument(CatalogDocument source) {
		Document doc = new Document();
		doc.add(new StringField(KEY, Long.toString(source.activityId()), Field.Store.NO));
		doc.add(new StoredField(ACTIVITY_ID, source.activityId()));
		doc.add(new StoredField(VERSION_ID, source.versionId()));
		addText(doc, source);
		addFacets(doc, source);
		addDates(doc, source);
		return doc;
	}

	private static void addText(Document doc, CatalogDocument source) {
		doc.add(new TextField(TITLE, source.title(), Field.Store.NO));
		doc.add(new TextField(TITLE_PREFIX, source.title(), Field.Store.NO));
		doc.add(new Field(SUMMARY, source.summary(), SNIPPET_TEXT));
		doc.add(new Field(BODY, source.bodyText(), SNIPPET_TEXT));
		doc.add(PageValues.bodyField(source.bodyText()));
		source.topics().forEach(t -> doc.add(new TextField(TOPICS, t, Field.Store.NO)));
		source.objectives().forEach(o -> doc.add(new TextField(OBJECTIVES, o, Field.Store.NO)));
		source.faculty().forEach(f -> doc.add(new TextField(FACULTY, f, Field.Store.NO)));
	}

	private static void addFacets(Document doc, CatalogDocument source) {
		addFacet(doc, CatalogFacet.FORMAT, source.format());
		source.topics().stream().distinct().forEach(t -> addFacet(doc, CatalogFacet.TOPIC, t));
		source.credits().stream().map(CreditOffer::typeCode).distinct()
				.forEach(c -> addFacet(doc, CatalogFacet.CREDIT_TYPE, c));
		addFacet(doc, CatalogFacet.FREE, Boolean.toString(source.feeMinor() == 0));
		doc.add(PageValues.hitField(source));
		doc.add(new StringField(LIVE, Boolean.toString(source.isLive()), Field.Store.NO));
	}

	private static void addFacet(Document doc, CatalogFacet facet, String value) {
		doc.add(new StringField(facet.key(), value, Field.Store.NO));
		doc.add(new SortedSetDocValuesField(facet.key(), new BytesRef(value)));
	}

	private static void addDates(Document doc, CatalogDocument source) {
		doc.add(new LongPoint(RELEASE, source.releaseDate().toEpochDay()));
		long expiry = source.expiryDate() == null ? Long.MAX_VALUE : source.expiryDate().toEpochDay();
		doc.add(new LongPoint(EXPIRY, expiry));
		if (source.nextSessionStart() != null) {
			long start = source.nextSessionStart().toEpochMilli();
			doc.add(new LongPoint(NEXT_SESSION, start));
			doc.add(new NumericDocValuesField(NEXT_SESSION, start));
			if (source.isLive()) {
				addFacet(doc, CatalogFacet.STARTS, java.time.YearMonth
						.from(source.nextSessionStart().atOffset(java.time.ZoneOffset.UTC)).toString());
			}
		}
		doc.add(new NumericDocValuesField(PUBLISHED, source.publishedAt().toEpochMilli()));
	}

	static CatalogHit toHit(PageValues.Hit hit, String highlight, float score) {
		return new CatalogHit(hit.activityId(), hit.title(), hit.format(), hit.credits(), hit.feeMinor(), highlight,
				score);
	}

	private static FieldType snippetType() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}
}
