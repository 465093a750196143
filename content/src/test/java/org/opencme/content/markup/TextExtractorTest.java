package org.opencme.content.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextExtractorTest {

	private final TextExtractor extractor = new TextExtractor();

	@Test
	void htmlGivesVisibleTextWithDecodedEntitiesAndBlockBreaks() {
		String text = extractor.fromHtml("<h1>Sepsis &amp; shock</h1><p>Give <b>30&nbsp;mL/kg</b> crystalloid.</p>"
				+ "<script>var secret = 1;</script><style>p{color:red}</style><ul><li>one</li><li>two</li></ul>"
				+ "<img src=\"a.png\" alt=\"lactate trend\">");
		assertEquals("Sepsis & shock\nGive 30 mL/kg crystalloid.\none\ntwo\nlactate trend", text);
	}

	@Test
	void emptyOrNullHtmlGivesEmptyText() {
		assertEquals("", extractor.fromHtml(null));
		assertEquals("", extractor.fromHtml("<p> </p>"));
	}

	@Test
	void pdfTextIsExtractedFromEveryPage() {
		byte[] pdf = TestPdfs.withPages("Naloxone co-prescribing", "Hour-1 bundle");
		String text = extractor.fromPdf(pdf);
		assertTrue(text.contains("Naloxone co-prescribing"), text);
		assertTrue(text.contains("Hour-1 bundle"), text);
	}

	@Test
	void pdfExtractionStopsAtThePageCap() {
		byte[] pdf = TestPdfs.withPages("first page", "second page", "third page");
		String text = new TextExtractor(TextExtractor.DEFAULT_MAX_PDF_BYTES, 2).fromPdf(pdf);
		assertTrue(text.contains("second page"), text);
		assertFalse(text.contains("third page"), text);
	}

	@Test
	void oversizePdfIsRefusedBeforeParsing() {
		byte[] pdf = TestPdfs.withPages("text");
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
				() -> new TextExtractor(pdf.length - 1, 10).fromPdf(pdf));
		assertEquals(UnreadableDocumentException.Reason.TOO_LARGE, e.reason());
	}

	@Test
	void nonPdfIsRefused() {
		byte[] html = "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8);
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class, () -> extractor.fromPdf(html));
		assertEquals(UnreadableDocumentException.Reason.NOT_A_PDF, e.reason());
		assertThrows(UnreadableDocumentException.class, () -> extractor.fromPdf(null));
	}

	@Test
	void brokenPdfIsRefusedAsDamaged() {
		byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
				() -> extractor.fromPdf(broken));
		assertEquals(UnreadableDocumentException.Reason.DAMAGED, e.reason());
	}

	@Test
	void passwordProtectedPdfIsRefusedAsEncrypted() {
		UnreadableDocumentException e = assertThrows(UnreadableDocumentException.class,
				() -> extractor.fromPdf(TestPdfs.passwordProtected("hidden")));
		assertEquals(UnreadableDocumentException.Reason.ENCRYPTED, e.reason());
	}

	@Test
	void pdfCheckLooksAtContentNotNames() {
		byte[] pdf = TestPdfs.withPages("real");
		assertTrue(PdfCheck.isPdf(pdf));
		assertFalse(PdfCheck.isPdf("%PDF-1.4 but nothing else".getBytes(StandardCharsets.US_ASCII)));
		assertFalse(PdfCheck.isPdf("plain text".getBytes(StandardCharsets.US_ASCII)));
		assertFalse(PdfCheck.isPdf(new byte[0]));
		assertFalse(PdfCheck.isPdf(null));
		assertFalse(PdfCheck.isPdf(Arrays.copyOf(pdf, pdf.length / 3)));
	}
}
