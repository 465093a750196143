package org.opencme.content.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.compress.LZ4;

/**
 * What a page of results shows, kept per document in binary doc values rather
 * than in Lucene's stored fields: a result line ({@link Hit}: id, title,
 * format, credits, fee, summary) and the body text for snippets, compressed on
 * its own (LZ4). Stored fields compress documents together in blocks of tens of
 * kilobytes, and reading one result decompressed its whole block: about 20 µs
 * per result, 0.4-0.5 ms per page of twenty at 100,000 activities. Here a
 * result costs a few microseconds.
 */
final class PageValues {

	/** Doc-values field of the result line. */
	static final String HIT = "hit";

	/** One result line as indexed. */
	record Hit(long activityId, String title, String format, List<CreditOffer> credits, long feeMinor, String summary) {
	}

	private interface Decoder<T> {
		T decode(DataInput in) throws IOException;
	}

	private PageValues() {
	}

	static BinaryDocValuesField hitField(CatalogDocument source) {
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			out.writeVLong(source.activityId());
			out.writeString(source.title());
			out.writeString(source.format());
			out.writeVInt(source.credits().size());
			for (CreditOffer credit : source.credits()) {
				out.writeString(credit.typeCode());
				out.writeString(credit.typeName());
				out.writeString(credit.amount().toPlainString());
			}
			out.writeZLong(source.feeMinor());
			out.writeString(source.summary());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new BinaryDocValuesField(HIT, new BytesRef(out.toArrayCopy()));
	}

	static BinaryDocValuesField bodyField(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		ByteBuffersDataOutput out = new ByteBuffersDataOutput();
		try {
			out.writeVInt(utf8.length);
			LZ4.compress(utf8, 0, utf8.length, out, new LZ4.FastCompressionHashTable());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new BinaryDocValuesField(CatalogFields.BODY, new BytesRef(out.toArrayCopy()));
	}

	/** The result lines of {@code docs} (top-level document numbers). */
	static Map<Integer, Hit> hits(List<LeafReaderContext> leaves, int[] docs) throws IOException {
		return read(leaves, HIT, docs, PageValues::hit, null);
	}

	/**
	 * The bodies of {@code docs} (top-level document numbers); a document without
	 * one maps to the empty string.
	 */
	static Map<Integer, String> bodies(List<LeafReaderContext> leaves, int[] docs) throws IOException {
		return read(leaves, CatalogFields.BODY, docs, PageValues::body, "");
	}

	private static Hit hit(DataInput in) throws IOException {
		long activityId = in.readVLong();
		String title = in.readString();
		String format = in.readString();
		int count = in.readVInt();
		List<CreditOffer> credits = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			credits.add(new CreditOffer(in.readString(), in.readString(), new BigDecimal(in.readString())));
		}
		long fee = in.readZLong();
		return new Hit(activityId, title, format, credits, fee, in.readString());
	}

	private static String body(DataInput in) throws IOException {
		int length = in.readVInt();
		byte[] utf8 = new byte[length];
		LZ4.decompress(in, length, utf8, 0);
		return new String(utf8, StandardCharsets.UTF_8);
	}

	/** Doc values are read forwards per segment, so in document order. */
	private static <T> Map<Integer, T> read(List<LeafReaderContext> leaves, String field, int[] docs,
			Decoder<T> decoder, T missing) throws IOException {
		int[] sorted = docs.clone();
		Arrays.sort(sorted);
		Map<Integer, T> values = new HashMap<>();
		BinaryDocValues column = null;
		LeafReaderContext leaf = null;
		for (int doc : sorted) {
			LeafReaderContext owner = leaves.get(ReaderUtil.subIndex(doc, leaves));
			if (owner != leaf) {
				leaf = owner;
				column = DocValues.getBinary(leaf.reader(), field);
			}
			if (column.advanceExact(doc - leaf.docBase)) {
				BytesRef bytes = column.binaryValue();
				values.put(doc, decoder.decode(new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length)));
			} else if (missing != null) {
				values.put(doc, missing);
			}
		}
		return values;
	}
}
