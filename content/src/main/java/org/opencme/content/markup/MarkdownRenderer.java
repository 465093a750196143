package org.opencme.content.markup;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * CommonMark with GFM tables to HTML that is safe to show.
 *
 * <p>
 * Raw HTML inside Markdown is deliberately let through the Markdown step
 * (designers paste video embeds and figures) because the result always passes
 * {@link HtmlSanitiser}; there is no way to get unsanitised output from this
 * class. Thread-safe: the CommonMark parser and renderer are immutable.
 */
public final class MarkdownRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(false)
			.sanitizeUrls(true).build();

	private MarkdownRenderer() {
	}

	/**
	 * Renders {@code markdown} to sanitised HTML; {@code null} gives an empty
	 * string.
	 */
	public static String toSafeHtml(String markdown) {
		if (markdown == null) {
			return "";
		}
		return HtmlSanitiser.sanitise(RENDERER.render(PARSER.parse(markdown)));
	}
}
