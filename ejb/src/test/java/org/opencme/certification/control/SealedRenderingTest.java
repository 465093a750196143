package org.opencme.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator's template that reaches for files and URLs outside its
 * bundle renders, and nothing outside the bundle is fetched or opened.
 */
class SealedRenderingTest {

	private HttpServer server;
	private final AtomicInteger requests = new AtomicInteger();
	private String base;

	@BeforeEach
	void startServer() throws Exception {
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", exchange -> {
			requests.incrementAndGet();
			byte[] body = "p { color: red; } /* SECRET-FROM-HTTP */".getBytes();
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		server.start();
		base = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@AfterEach
	void stopServer() {
		server.stop(0);
	}

	/** Every way a template can name a resource, all pointing at {@code target}. */
	private static String hostile(String target) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<?xml-stylesheet type="text/css" href="%1$s/pi.css"?>
				<html xmlns="http://www.w3.org/1999/xhtml">
				<head>
				  <title>Hostile</title>
				  <link rel="stylesheet" type="text/css" href="%1$s/link.css"/>
				  <style>
				    @import url("%1$s/import.css");
				    @font-face { font-family: 'Stolen'; src: url("%1$s/font.ttf"); }
				    body { background-image: url("%1$s/background.png"); font-family: 'DejaVu Sans'; }
				  </style>
				</head>
				<body>
				  <p style="background: url('%1$s/inline.png')">Certificate for {{learnerName}}</p>
				  <img src="%1$s/img.png" alt="x"/>
				  <img src="seal.png" alt="bundled seal"/>
				  <object data="%1$s/object.pdf" type="application/pdf">x</object>
				  <a href="%1$s/link">{{certificateNumber}}</a>
				  <p style="font-family: 'Stolen'">{{verificationUrl}}</p>
				</body>
				</html>
				""".formatted(target);
	}

	private static CertificateRenderer rendererWith(String xhtml) {
		return new CertificateRenderer(
				List.of(CertificateTemplate.of("hostile", xhtml, Map.of("seal.png", QrCode.png("seal")))));
	}

	@Test
	void aTemplatePointingAtALoopbackServerRendersWithoutOneRequest() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> refused = rendererWith(hostile(base))
				.renderSealed(Certificates.amaClaim("Ada Lovelace", "OCME-2026-000200"), "hostile", out);

		assertEquals(0, requests.get(), "requests that reached the server");
		String text = Certificates.flatText(out.toByteArray());
		assertTrue(text.contains("Certificate for Ada Lovelace"), text);
		assertFalse(text.contains("SECRET-FROM-HTTP"), text);
		for (String path : List.of("/pi.css", "/link.css", "/import.css", "/font.ttf", "/background.png", "/inline.png",
				"/img.png")) {
			assertTrue(refused.contains(base + path), () -> path + " not among the refused " + refused);
		}
		assertEquals(1, images(out.toByteArray()), "the bundled seal is the one image");
	}

	/**
	 * The same template without the seal does reach the server: the test above can
	 * fail.
	 */
	@Test
	void unsealedOpenhtmltopdfWouldFetch() throws Exception {
		String xhtml = hostile(base).replace("{{learnerName}}", "x").replace("{{certificateNumber}}", "x")
				.replace("{{verificationUrl}}", "x");
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.withHtmlContent(xhtml, base + "/");
		builder.useFont(
				() -> CertificateRenderer.class.getResourceAsStream("/org/opencme/certification/fonts/DejaVuSans.ttf"),
				"DejaVu Sans");
		builder.toStream(new ByteArrayOutputStream());
		builder.run();
		assertTrue(requests.get() > 0, "an unsealed rendering fetched nothing: the sealed test proves nothing");
	}

	@Test
	void aTemplatePointingAtEtcPasswdDoesNotPrintIt() throws Exception {
		assumeTrue(Files.readString(Path.of("/etc/passwd")).contains("root:"), "a Unix /etc/passwd");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String xhtml = hostile("file:///etc/passwd#").replace("<img src=\"seal.png\" alt=\"bundled seal\"/>",
				"<img src=\"file:///etc/passwd\" alt=\"x\"/><iframe src=\"file:///etc/passwd\"></iframe>");
		List<String> refused = rendererWith(xhtml)
				.renderSealed(Certificates.amaClaim("Ada Lovelace", "OCME-2026-000201"), "hostile", out);

		String text = Certificates.text(out.toByteArray());
		assertTrue(text.contains("Certificate for Ada Lovelace"), text);
		assertFalse(text.contains("root:"), text);
		assertTrue(refused.contains("file:///etc/passwd"), refused::toString);
		assertTrue(refused.contains("file:///etc/passwd#/link.css"), refused::toString);
	}

	/**
	 * Proof that no file is opened: a writer on a named pipe blocks until a reader
	 * opens the pipe, so if rendering had opened it, the writer would have
	 * finished.
	 */
	@Test
	void aTemplatePointingAtALocalFileNeverOpensIt(@TempDir Path dir) throws Exception {
		Path fifo = dir.resolve("secret");
		Process mkfifo;
		try {
			mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
		} catch (java.io.IOException e) {
			assumeTrue(false, "no mkfifo here");
			return;
		}
		assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo");
		CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
			try (FileOutputStream w = new FileOutputStream(fifo.toFile())) {
				w.write("body { color: red; } SECRET-FROM-FILE".getBytes());
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		String uri = fifo.toUri().toString();
		String xhtml = hostile(uri + "#").replace("<img src=\"seal.png\" alt=\"bundled seal\"/>",
				"<img src=\"" + uri + "\" alt=\"x\"/>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<String> refused = rendererWith(xhtml)
				.renderSealed(Certificates.amaClaim("Ada Lovelace", "OCME-2026-000202"), "hostile", out);

		boolean opened;
		try {
			writer.get(500, TimeUnit.MILLISECONDS);
			opened = true;
		} catch (TimeoutException stillWaiting) {
			opened = false;
		}
		// Release the writer: open the pipe for reading ourselves.
		Files.readAllBytes(fifo);
		writer.get(10, TimeUnit.SECONDS);
		assertFalse(opened, "the rendering opened " + fifo);
		assertTrue(refused.contains(uri), refused::toString);
		assertFalse(Certificates.text(out.toByteArray()).contains("SECRET-FROM-FILE"));
	}

	@Test
	void anExternalEntityInTheTemplateIsNotRead() throws Exception {
		String xhtml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "%s/entity"> ]>
				<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title>
				<style>body { font-family: 'DejaVu Sans'; }</style></head>
				<body><p>Entity test for {{learnerName}}: &secret; &remote;</p></body></html>
				""".formatted(base);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		rendererWith(xhtml).renderSealed(Certificates.amaClaim("Ada Lovelace", "OCME-2026-000203"), "hostile", out);
		String text = Certificates.text(out.toByteArray());
		assertTrue(text.contains("Entity test for Ada Lovelace"), text);
		assertFalse(text.contains("root:"), text);
		assertEquals(0, requests.get());
	}

	private static int images(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDResources resources = doc.getPage(0).getResources();
			int n = 0;
			for (COSName name : resources.getXObjectNames()) {
				if (resources.isImageXObject(name)) {
					n++;
				}
			}
			return n;
		}
	}
}
