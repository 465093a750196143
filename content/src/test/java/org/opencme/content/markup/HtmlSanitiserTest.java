package org.opencme.content.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlSanitiserTest {

	static List<String> vectors() throws IOException {
		try (InputStream in = HtmlSanitiserTest.class.getResourceAsStream("/fixtures/markup/xss-vectors.txt")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
					.filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
		}
	}

	@Test
	void fixtureHoldsAtLeastFortyVectors() throws IOException {
		assertTrue(vectors().size() >= 40, "only " + vectors().size() + " vectors");
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void vectorLeavesNoScriptCapableOutput(String vector) {
		HtmlSafety.assertSafe(vector, HtmlSanitiser.sanitise(vector));
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void vectorInsideMarkdownLeavesNoScriptCapableOutput(String vector) {
		String markdown = "# Title\n\nSome *text* before.\n\n" + vector + "\n\nAnd a [link](https://example.org).\n";
		HtmlSafety.assertSafe(vector, MarkdownRenderer.toSafeHtml(markdown));
		HtmlSafety.assertSafe(vector, MarkdownRenderer.toSafeHtml("Inline " + vector + " text"));
	}

	@Test
	void allowlistedVideoIframesSurvive() {
		String youtube = "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" width=\"560\" height=\"315\" allowfullscreen></iframe>";
		String vimeo = "<iframe src=\"https://player.vimeo.com/video/76979871?h=8272103f6e\"></iframe>";
		String youtubeOut = HtmlSanitiser.sanitise(youtube);
		String vimeoOut = HtmlSanitiser.sanitise(vimeo);
		assertTrue(
				youtubeOut.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" width=\"560\""),
				youtubeOut);
		assertTrue(vimeoOut.contains("src=\"https://player.vimeo.com/video/76979871?h&#61;8272103f6e\""), vimeoOut);
	}

	@Test
	void foreignIframeIsDroppedNotEmptied() {
		String out = HtmlSanitiser
				.sanitise("<p>a</p><iframe src=\"https://www.youtube.com/embed/x\" width=\"5\"></iframe>");
		assertEquals("<p>a</p>", out);
	}

	@Test
	void linksKeepSafeHrefAndGainRel() {
		String out = HtmlSanitiser
				.sanitise("<a href=\"https://www.cdc.gov/sepsis\">CDC</a> <a href=\"mailto:cme@example.org\">mail</a>");
		assertTrue(out.contains("href=\"https://www.cdc.gov/sepsis\""), out);
		assertTrue(out.contains("rel=\"nofollow noopener noreferrer\""), out);
		assertTrue(
				out.contains("href=\"mailto:cme&#64;example.org\"") || out.contains("href=\"mailto:cme@example.org\""),
				out);
	}

	@Test
	void imagesKeepRelativeAndHttpsSourcesButNotMailto() {
		String out = HtmlSanitiser.sanitise("<img src=\"media/ecg.png\" alt=\"ECG\" width=\"300\">"
				+ "<img src=\"https://example.org/a.png\" alt=\"A\"><img src=\"mailto:x@example.org\" alt=\"M\">");
		assertTrue(out.contains("<img src=\"media/ecg.png\" alt=\"ECG\" width=\"300\" />"), out);
		assertTrue(out.contains("src=\"https://example.org/a.png\""), out);
		assertFalse(out.contains("mailto"), out);
	}

	@Test
	void figureAndCodeSurvive() {
		String in = "<figure><img src=\"media/a.png\" alt=\"a\"><figcaption>Figure 1</figcaption></figure>"
				+ "<pre><code class=\"language-java\">int x = 1;</code></pre><blockquote>q</blockquote>";
		String out = HtmlSanitiser.sanitise(in);
		assertTrue(out.contains("<figcaption>Figure 1</figcaption></figure>"), out);
		assertTrue(out.contains("<code class=\"language-java\">"), out);
		assertTrue(out.contains("<blockquote>q</blockquote>"), out);
	}

	@Test
	void nullGivesEmpty() {
		assertEquals("", HtmlSanitiser.sanitise(null));
	}
}
