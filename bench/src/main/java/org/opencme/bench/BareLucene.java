package org.opencme.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.opencme.content.search.CatalogDocument;

/**
 * The baseline: the same documents through a plain {@link IndexWriter} with
 * {@link StandardAnalyzer}, text fields only (no stored fields, offsets, doc
 * values, points or autocomplete n-grams), with the same number of indexing
 * threads and RAM buffer as {@code CatalogIndex.rebuild}.
 */
final class BareLucene {

	private BareLucene() {
	}

	static void build(Path dir, List<CatalogDocument> docs, int threads) throws Exception {
		IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer())
				.setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(256);
		try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			List<Future<?>> parts = new ArrayList<>();
			int slice = (docs.size() + threads - 1) / threads;
			for (int t = 0; t < threads; t++) {
				List<CatalogDocument> part = docs.subList(Math.min(docs.size(), t * slice),
						Math.min(docs.size(), (t + 1) * slice));
				parts.add(pool.submit(() -> {
					for (CatalogDocument doc : part) {
						writer.addDocument(toDocument(doc));
					}
					return null;
				}));
			}
			for (Future<?> part : parts) {
				part.get();
			}
			pool.shutdown();
			writer.commit();
		}
	}

	private static Document toDocument(CatalogDocument source) throws IOException {
		Document doc = new Document();
		doc.add(new StringField("id", Long.toString(source.activityId()), Field.Store.YES));
		doc.add(new TextField("title", source.title(), Field.Store.NO));
		doc.add(new TextField("summary", source.summary(), Field.Store.NO));
		doc.add(new TextField("body", source.bodyText(), Field.Store.NO));
		source.objectives().forEach(o -> doc.add(new TextField("objectives", o, Field.Store.NO)));
		source.faculty().forEach(f -> doc.add(new TextField("faculty", f, Field.Store.NO)));
		source.topics().forEach(t -> doc.add(new TextField("topics", t, Field.Store.NO)));
		return doc;
	}
}
