package org.opencme.content.markup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Decides whether bytes are a PDF by their content, never by a file name or a
 * declared media type, because both are chosen by whoever uploads the file.
 */
public final class PdfCheck {

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
	/** PDF readers accept the header anywhere in the first 1024 bytes; so do we. */
	private static final int HEADER_WINDOW = 1024;

	private PdfCheck() {
	}

	/**
	 * True when {@code bytes} carry the {@code %PDF-} header and PDFBox can parse
	 * them.
	 */
	public static boolean isPdf(byte[] bytes) {
		if (!hasPdfHeader(bytes)) {
			return false;
		}
		try (PDDocument ignored = Loader.loadPDF(bytes)) {
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/**
	 * True when the {@code %PDF-} magic occurs within the first 1024 bytes; a cheap
	 * first filter.
	 */
	public static boolean hasPdfHeader(byte[] bytes) {
		if (bytes == null) {
			return false;
		}
		int last = Math.min(bytes.length, HEADER_WINDOW) - MAGIC.length;
		for (int start = 0; start <= last; start++) {
			if (startsAt(bytes, start)) {
				return true;
			}
		}
		return false;
	}

	private static boolean startsAt(byte[] bytes, int start) {
		for (int i = 0; i < MAGIC.length; i++) {
			if (bytes[start + i] != MAGIC[i]) {
				return false;
			}
		}
		return true;
	}
}
