package org.opencme.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.opencme.content.search.Activities.activity;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A result line and a body read back from doc values are exactly what was
 * indexed, whatever the script, size or number of credits, and in any order
 * across segments.
 */
class PageValuesTest {

	@Test
	void resultLinesAndBodiesRoundTrip() throws IOException {
		String longBody = "Ärztliche Fortbildung — 心房細動, naïve café. ".repeat(4000);
		CatalogDocument first = activity(1, "Sepsis: die ersten 60 Minuten ✓").summary("Résumé with <b> & \"quotes\"")
				.credit(Activities.AMA, "1.25").credit(Activities.ANCC, "0.75").fee(0).body(longBody).build();
		CatalogDocument second = activity(2, "Opioid safety").summary("").fee(Long.MAX_VALUE / 3).body("").build();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
				writer.addDocument(CatalogDocumentMapper.toDocument(first));
				writer.commit();
				writer.addDocument(CatalogDocumentMapper.toDocument(second));
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				assertEquals(2, reader.leaves().size(), "one document per segment");
				Map<Integer, PageValues.Hit> hits = PageValues.hits(reader.leaves(), new int[]{1, 0});
				assertEquals(new PageValues.Hit(1, first.title(), first.format(), List.of(
						new CreditOffer(Activities.AMA, first.credits().get(0).typeName(), new BigDecimal("1.25")),
						new CreditOffer(Activities.ANCC, first.credits().get(1).typeName(), new BigDecimal("0.75"))), 0,
						first.summary()), hits.get(0));
				assertEquals(Long.MAX_VALUE / 3, hits.get(1).feeMinor());
				assertEquals("", hits.get(1).summary());
				Map<Integer, String> bodies = PageValues.bodies(reader.leaves(), new int[]{1, 0});
				assertEquals(longBody, bodies.get(0));
				assertEquals("", bodies.get(1));
			}
		}
	}
}
