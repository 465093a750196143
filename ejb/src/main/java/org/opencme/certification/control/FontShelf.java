package org.opencme.certification.control;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled fonts, read from the jar once and parsed once per concurrent
 * rendering. Parsing a TrueType font costs more than laying out a certificate,
 * and a parsed {@link TrueTypeFont} is not safe for two threads at once, so
 * each rendering borrows a parsed set for its whole run (embedding subsets the
 * fonts when the document is saved) and gives it back; the shelf holds as many
 * sets as renderings ever ran at the same time.
 */
final class FontShelf {

	private static final String FONTS = "/org/opencme/certification/fonts/";

	record BundledFont(String family, int weight, FontStyle style, byte[] bytes) {
	}

	/** One parsed copy of every bundled font: used by one rendering at a time. */
	static final class FontSet {
		private final List<TrueTypeFont> parsed = new ArrayList<>();
	}

	/** DejaVu Sans regular, the fourth font. */
	private static final int FALLBACK = 3;

	private final List<BundledFont> fonts;
	private final ConcurrentLinkedQueue<FontSet> shelf = new ConcurrentLinkedQueue<>();

	FontShelf() {
		fonts = List.of(font("DejaVu Serif", 400, FontStyle.NORMAL, "DejaVuSerif.ttf"),
				font("DejaVu Serif", 700, FontStyle.NORMAL, "DejaVuSerif-Bold.ttf"),
				font("DejaVu Serif", 400, FontStyle.ITALIC, "DejaVuSerif-Italic.ttf"),
				font("DejaVu Sans", 400, FontStyle.NORMAL, "DejaVuSans.ttf"),
				font("DejaVu Sans", 700, FontStyle.NORMAL, "DejaVuSans-Bold.ttf"));
	}

	FontSet borrow() {
		FontSet set = shelf.poll();
		return set != null ? set : parse();
	}

	void giveBack(FontSet set) {
		shelf.offer(set);
	}

	/**
	 * Offers every font to the builder; a font is embedded (as a subset) into
	 * {@code document} only when the certificate uses it.
	 */
	void offer(PdfRendererBuilder builder, PDDocument document, FontSet set) {
		for (int i = 0; i < fonts.size(); i++) {
			BundledFont f = fonts.get(i);
			TrueTypeFont ttf = set.parsed.get(i);
			builder.useFont(supplier(document, ttf), f.family(), f.weight(), f.style(), true);
		}
	}

	/**
	 * A template naming a family that is not bundled would print nothing (PDF/A has
	 * no built-in fonts): DejaVu Sans takes over as the fallback font.
	 */
	void offerFallback(PdfBoxRenderer renderer, PDDocument document, FontSet set) {
		renderer.getFontResolver().addFont(supplier(document, set.parsed.get(FALLBACK)), "opencme-fallback", 400,
				IdentValue.NORMAL, true, PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
	}

	private static PDFontSupplier supplier(PDDocument document, TrueTypeFont ttf) {
		return new PDFontSupplier(null) {
			@Override
			public PDFont supply() {
				try {
					return PDType0Font.load(document, ttf, true);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		};
	}

	private FontSet parse() {
		FontSet set = new FontSet();
		for (BundledFont f : fonts) {
			try {
				set.parsed.add(new TTFParser().parse(new RandomAccessReadBuffer(f.bytes())));
			} catch (IOException e) {
				throw new UncheckedIOException("bundled font " + f.family() + " unreadable", e);
			}
		}
		return set;
	}

	private static BundledFont font(String family, int weight, FontStyle style, String file) {
		return new BundledFont(family, weight, style, CertificateTemplate.read(FONTS + file));
	}
}
