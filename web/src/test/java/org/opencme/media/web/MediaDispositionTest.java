package org.opencme.media.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MediaDispositionTest {

	private static final String SHA = "0123456789abcdef".repeat(4);

	@Test
	void videosAndPdfsAreShownEverythingElseIsDownloadedUnderTheirAddress() {
		assertEquals("inline; filename=\"0123456789abcdef.mp4\"", MediaServlet.disposition(SHA, "video/mp4"));
		assertEquals("inline; filename=\"0123456789abcdef.webm\"", MediaServlet.disposition(SHA, "video/webm"));
		assertEquals("inline; filename=\"0123456789abcdef.pdf\"", MediaServlet.disposition(SHA, "application/pdf"));
		assertEquals("attachment; filename=\"0123456789abcdef.png\"", MediaServlet.disposition(SHA, "image/png"));
		assertEquals("attachment; filename=\"0123456789abcdef.bin\"", MediaServlet.disposition(SHA, "text/html"));
	}
}
