package org.opencme.content.markup;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.owasp.html.HtmlSanitizer;

/**
 * Plain text for the search index from authored HTML and from PDF documents.
 *
 * <p>
 * Why limits: a PDF is uploaded by a designer and parsed in the server's
 * memory, so its size is refused above {@code maxPdfBytes} and only the first
 * {@code maxPages} pages are read (enough to index, bounded in cost). The
 * output is whitespace-normalised text: one line per block, no markup, entities
 * decoded, script and style bodies dropped. Thread-safe.
 */
public final class TextExtractor {

	public static final long DEFAULT_MAX_PDF_BYTES = 50L * 1024 * 1024;
	public static final int DEFAULT_MAX_PAGES = 500;

	private static final Set<String> BLOCKS = Set.of("p", "div", "br", "hr", "li", "dt", "dd", "tr", "td", "th", "h1",
			"h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "figure", "figcaption", "table", "caption", "section",
			"article", "header", "footer", "ul", "ol", "dl", "title");
	private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "noscript", "head", "iframe",
			"object", "svg", "math");

	private final long maxPdfBytes;
	private final int maxPages;

	/**
	 * An extractor with {@link #DEFAULT_MAX_PDF_BYTES} and
	 * {@link #DEFAULT_MAX_PAGES}.
	 */
	public TextExtractor() {
		this(DEFAULT_MAX_PDF_BYTES, DEFAULT_MAX_PAGES);
	}

	public TextExtractor(long maxPdfBytes, int maxPages) {
		if (maxPdfBytes <= 0 || maxPages <= 0) {
			throw new IllegalArgumentException("limits must be positive");
		}
		this.maxPdfBytes = maxPdfBytes;
		this.maxPages = maxPages;
	}

	/**
	 * The visible text of {@code html}; {@code null} or markup without text gives
	 * an empty string.
	 */
	public String fromHtml(String html) {
		if (html == null || html.isEmpty()) {
			return "";
		}
		TextCollector collector = new TextCollector();
		HtmlSanitizer.sanitize(html, collector);
		return normalise(collector.text.toString());
	}

	/**
	 * The text of the first {@code maxPages} pages of a PDF.
	 *
	 * @throws UnreadableDocumentException
	 *             when the bytes are too large, not a PDF, encrypted or damaged
	 */
	public String fromPdf(byte[] pdf) {
		if (pdf != null && pdf.length > maxPdfBytes) {
			throw new UnreadableDocumentException(UnreadableDocumentException.Reason.TOO_LARGE,
					"PDF has " + pdf.length + " bytes, the limit is " + maxPdfBytes);
		}
		if (!PdfCheck.hasPdfHeader(pdf)) {
			throw new UnreadableDocumentException(UnreadableDocumentException.Reason.NOT_A_PDF,
					"not a PDF: the %PDF- header is missing");
		}
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(maxPages);
			return normalise(stripper.getText(document));
		} catch (InvalidPasswordException e) {
			throw new UnreadableDocumentException(UnreadableDocumentException.Reason.ENCRYPTED,
					"PDF is password protected", e);
		} catch (IOException | RuntimeException e) {
			throw new UnreadableDocumentException(UnreadableDocumentException.Reason.DAMAGED,
					"PDF cannot be read: " + e.getMessage(), e);
		}
	}

	static String normalise(String raw) {
		StringBuilder out = new StringBuilder(raw.length());
		for (String line : raw.split("\\R")) {
			String collapsed = line.replaceAll("[\\s\\u00A0]+", " ").strip();
			if (!collapsed.isEmpty()) {
				out.append(collapsed).append('\n');
			}
		}
		return out.toString().strip();
	}

	/**
	 * Receives the lexer's events: keeps visible text, turns block boundaries into
	 * line breaks.
	 */
	private static final class TextCollector implements HtmlSanitizer.Policy {
		private final StringBuilder text = new StringBuilder();
		private int invisibleDepth;

		@Override
		public void openDocument() {
		}

		@Override
		public void closeDocument() {
		}

		@Override
		public void openTag(String elementName, List<String> attrs) {
			if (INVISIBLE.contains(elementName)) {
				invisibleDepth++;
			} else if (invisibleDepth == 0) {
				boundary(elementName);
				appendAlt(elementName, attrs);
			}
		}

		@Override
		public void closeTag(String elementName) {
			if (INVISIBLE.contains(elementName)) {
				invisibleDepth = Math.max(0, invisibleDepth - 1);
			} else if (invisibleDepth == 0) {
				boundary(elementName);
			}
		}

		@Override
		public void text(String textChunk) {
			if (invisibleDepth == 0) {
				text.append(textChunk);
			}
		}

		private void boundary(String elementName) {
			text.append(BLOCKS.contains(elementName) ? '\n' : "");
		}

		private void appendAlt(String elementName, List<String> attrs) {
			if (!"img".equals(elementName)) {
				return;
			}
			for (int i = 0; i + 1 < attrs.size(); i += 2) {
				if ("alt".equals(attrs.get(i))) {
					text.append(' ').append(attrs.get(i + 1)).append(' ');
				}
			}
		}
	}
}
