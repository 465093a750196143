package org.opencme.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class CertificateRendererTest {

	private static final CertificateRenderer RENDERER = new CertificateRenderer();
	private static byte[] ama;

	@BeforeAll
	static void renderOnce() {
		ama = RENDERER.render(Certificates.withIpce(Certificates.amaClaim("Dr. Ada Lovelace", "OCME-2026-000123")),
				CertificateTemplate.DEFAULT);
	}

	@Test
	void theCertificateShowsEveryRequiredElementWithTheAmountClaimed() throws Exception {
		String text = Certificates.flatText(ama);
		for (String expected : List.of("Certificate of Completion", "OpenCME Medical School", "Dr. Ada Lovelace",
				"Opioid Prescribing: Safe Tapering in Primary Care", "enduring material", "Released March 2, 2026",
				"December 3, 2026", "AMA PRA Category 1 Credits\u2122", "1.25 credits", Certificates.AMA,
				Certificates.ACCREDITATION, Certificates.IPCE, "OCME-2026-000123", Certificates.VERIFY)) {
			assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
		}
		// The maximum (1.5) is printed only inside the statements, never as the amount
		// of a credit line.
		assertFalse(text.contains("1.5 credits"), text);
		Matcher max = Pattern.compile("1\\.5(?!\\d)").matcher(text);
		int count = 0;
		while (max.find()) {
			count++;
		}
		assertEquals(2, count, "1.5 only in the AMA designation and the IPCE statement: " + text);
	}

	@Test
	void withoutIpceThereIsNoJointAccreditationStatement() throws Exception {
		String text = Certificates.flatText(RENDERER.render(Certificates.amaClaim("Grace Hopper", "OCME-2026-000124"),
				CertificateTemplate.DEFAULT));
		assertTrue(text.contains("Grace Hopper"));
		assertFalse(text.contains("IPCE"), text);
	}

	@Test
	void theQrCodeDecodesToTheVerificationUrl() throws Exception {
		assertEquals(Certificates.VERIFY, Certificates.decodeQr(ama));
	}

	@Test
	void isPdfA2bByVeraPdf() throws Exception {
		VeraGreenfieldFoundryProvider.initialise();
		try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(ama),
				PDFAFlavour.PDFA_2_B);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
			ValidationResult result = validator.validate(parser);
			String failures = result.getTestAssertions().stream()
					.filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
					.map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
					.distinct().collect(Collectors.joining("\n"));
			assertEquals(PDFAFlavour.PDFA_2_B, result.getPDFAFlavour());
			assertTrue(result.isCompliant(), failures);
		}
	}

	@Test
	void carriesXmpMetadataAnSrgbOutputIntentAndOnlyEmbeddedFonts() throws Exception {
		try (PDDocument doc = Loader.loadPDF(ama)) {
			assertEquals(1, doc.getNumberOfPages(), "a certificate is one page");
			PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
			assertNotNull(metadata, "XMP metadata");
			String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
			assertTrue(xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""), xmp);
			assertTrue(xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>")
					|| xmp.contains("pdfaid:conformance=\"B\""), xmp);
			assertTrue(xmp.contains("Certificate OCME-2026-000123"), "title in the XMP: " + xmp);
			List<PDOutputIntent> intents = doc.getDocumentCatalog().getOutputIntents();
			assertEquals(1, intents.size());
			byte[] icc;
			try (var in = intents.get(0).getDestOutputIntent().createInputStream()) {
				icc = in.readAllBytes();
			}
			assertEquals("RGB ", new String(icc, 16, 4, StandardCharsets.US_ASCII), "an RGB profile");
			PDPage page = doc.getPage(0);
			int fonts = 0;
			for (var name : page.getResources().getFontNames()) {
				PDFont font = page.getResources().getFont(name);
				assertTrue(font.isEmbedded(), font.getName() + " embedded");
				assertTrue(font.getName().contains("DejaVu"), font.getName());
				fonts++;
			}
			assertTrue(fonts >= 2, "serif and sans");
		}
	}

	@Test
	void aParticipationCertificateRenders() throws Exception {
		CertificateContent participation = new CertificateContent("Florence Nightingale, RN",
				"Opioid Prescribing: Safe Tapering in Primary Care", "enduring material", "Released March 2, 2026",
				java.time.LocalDate.of(2026, 12, 3), "OpenCME Medical School",
				List.of(new CertificateContent.CreditLine("Hours of participation", new BigDecimal("1.50"), "hours",
						Certificates.AMA)),
				Certificates.ACCREDITATION, null, "OCME-2026-000125", Certificates.VERIFY);
		byte[] pdf = RENDERER.render(participation, CertificateTemplate.PARTICIPATION);
		String text = Certificates.flatText(pdf);
		for (String expected : List.of("Certificate of Participation", "Florence Nightingale, RN",
				"Hours of participation", "1.5 hours", "OCME-2026-000125", Certificates.ACCREDITATION)) {
			assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
		}
		assertFalse(text.contains("Certificate of Completion"));
		assertEquals(Certificates.VERIFY, Certificates.decodeQr(pdf));
	}

	@Test
	void htmlInALearnersNameIsPrintedAsTextNotMarkup() throws Exception {
		String name = "<b>Eve</b> & \"Mallory\" <img src=\"http://127.0.0.1:1/x.png\"/> O'Neil</p><p>";
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		List<String> refused = RENDERER.renderSealed(Certificates.amaClaim(name, "OCME-2026-000126"),
				CertificateTemplate.DEFAULT, out);
		assertEquals(List.of(), refused, "the name asked for no resource: it is text");
		byte[] pdf = out.toByteArray();
		String text = Certificates.flatText(pdf);
		// Text extraction may put spaces anywhere inside the name; compare without
		// them.
		assertTrue(text.replace(" ", "").contains(name.replace(" ", "")), text);
		assertTrue(text.contains("has completed the enduring material activity"),
				"the markup did not end the paragraph");
		assertEquals(0, images(pdf) - 1, "no image but the QR code");
	}

	@Test
	void anUnknownTemplateOrPlaceholderIsRefused() {
		assertThrows(CertificateRenderingException.class,
				() -> RENDERER.render(Certificates.amaClaim("A", "OCME-2026-000127"), "no-such-template"));
		assertThrows(CertificateRenderingException.class,
				() -> CertificateTemplate.of("mine", "<html>{{password}}</html>", java.util.Map.of()));
	}

	@Test
	void textInAFamilyThatIsNotBundledIsStillPrinted() throws Exception {
		CertificateTemplate times = CertificateTemplate.of("times",
				"<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title>"
						+ "<style>body { font-family: 'Times New Roman', serif; }</style></head>"
						+ "<body><p>Presented to {{learnerName}}</p></body></html>",
				java.util.Map.of());
		byte[] pdf = new CertificateRenderer(List.of(times))
				.render(Certificates.amaClaim("Ada Lovelace", "OCME-2026-000128"), "times");
		assertTrue(Certificates.flatText(pdf).contains("Presented to Ada Lovelace"), Certificates.flatText(pdf));
	}

	@Test
	void twoHundredCertificatesOnOneRenderer() throws Exception {
		CertificateRenderer renderer = new CertificateRenderer();
		renderer.render(Certificates.amaClaim("Warm Up", "OCME-2026-000000"), CertificateTemplate.DEFAULT);
		int n = 200;
		long start = System.nanoTime();
		long bytes = 0;
		for (int i = 1; i <= n; i++) {
			byte[] pdf = renderer.render(Certificates.amaClaim("Learner " + i, "OCME-2026-%06d".formatted(i)),
					CertificateTemplate.DEFAULT);
			assertTrue(pdf.length > 1000);
			bytes += pdf.length;
		}
		double ms = (System.nanoTime() - start) / 1e6 / n;
		System.out.printf("CertificateRenderer: %d certificates, %.1f ms per certificate, %d KiB average%n", n, ms,
				bytes / n / 1024);
		assertTrue(Certificates.text(
				renderer.render(Certificates.amaClaim("Learner 201", "OCME-2026-000201"), CertificateTemplate.DEFAULT))
				.contains("Learner 201"));
	}

	@Test
	void oneRendererServesSeveralThreads() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> texts = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				String name = "Parallel Learner " + i;
				texts.add(pool.submit(() -> Certificates.flatText(RENDERER.render(
						Certificates.amaClaim(name, "OCME-2026-%06d".formatted(300)), CertificateTemplate.DEFAULT))));
			}
			for (int i = 0; i < 16; i++) {
				String text = texts.get(i).get();
				assertTrue(text.contains("Parallel Learner " + i + " "), text);
				assertTrue(text.contains("1.25 credits"), text);
			}
		} finally {
			pool.shutdownNow();
		}
	}

	static int images(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			var resources = doc.getPage(0).getResources();
			int n = 0;
			for (var name : resources.getXObjectNames()) {
				if (resources.isImageXObject(name)) {
					n++;
				}
			}
			return n;
		}
	}
}
