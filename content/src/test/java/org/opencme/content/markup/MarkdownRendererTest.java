package org.opencme.content.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

	@Test
	void gfmTableSurvives() {
		String html = MarkdownRenderer.toSafeHtml("""
				| Stage | Systolic |
				|:------|--------:|
				| 1 | 130-139 |
				| 2 | >= 140 |
				""");
		assertTrue(html.contains("<table>"), html);
		assertTrue(html.contains("<th align=\"left\">Stage</th>"), html);
		assertTrue(html.contains("<td align=\"right\">130-139</td>"), html);
		assertTrue(html.contains("&gt;&#61; 140") || html.contains("&gt;= 140"), html);
	}

	@Test
	void listsEmphasisHeadingsAndLinksSurvive() {
		String html = MarkdownRenderer.toSafeHtml("""
				## Key points

				1. Measure **twice**
				2. Treat *early*

				- see [guideline](https://www.ahajournals.org/)
				""");
		assertTrue(html.contains("<h2>Key points</h2>"), html);
		assertTrue(html.contains("<ol><li>Measure <strong>twice</strong></li>") || html.contains("<ol>"), html);
		assertTrue(html.contains("<em>early</em>"), html);
		assertTrue(html.contains("<a href=\"https://www.ahajournals.org/\" rel=\"nofollow noopener noreferrer\">"),
				html);
	}

	@Test
	void rawAllowlistedEmbedInMarkdownSurvives() {
		String html = MarkdownRenderer.toSafeHtml(
				"Watch:\n\n<iframe src=\"https://www.youtube-nocookie.com/embed/abc_DEF-123\" width=\"560\" height=\"315\"></iframe>\n");
		assertTrue(html.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/abc_DEF-123\""), html);
	}

	@Test
	void rawScriptInMarkdownIsRemoved() {
		String html = MarkdownRenderer.toSafeHtml("Hello\n\n<script>alert(1)</script>\n\n<b onclick=\"x()\">bold</b>");
		assertFalse(html.toLowerCase().contains("script"), html);
		assertTrue(html.contains("<b>bold</b>"), html);
	}

	@Test
	void nullGivesEmpty() {
		assertEquals("", MarkdownRenderer.toSafeHtml(null));
	}
}
