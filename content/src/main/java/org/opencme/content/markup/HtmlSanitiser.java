package org.opencme.content.markup;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The one policy for HTML that course designers author (directly or through
 * Markdown).
 *
 * <p>
 * Why a closed allowlist: authored content is shown to every learner of an
 * activity, so a designer's account must not become a way to run script in a
 * learner's session. Invariants of the output: no script-capable element or
 * attribute, links only to http/https/mailto (always with
 * {@code rel="nofollow noopener noreferrer"}), images only from http/https or
 * relative URLs, and iframes only with an https {@code src} on the video
 * allowlist; an iframe whose source is not allowed is dropped entirely, not
 * left empty. Thread-safe.
 */
public final class HtmlSanitiser {

	/**
	 * Video embeds we trust: privacy-enhanced YouTube and Vimeo's player, https
	 * only, a plain id path.
	 */
	private static final Pattern VIDEO_EMBED = Pattern.compile(
			"https://(?:www\\.youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/)[A-Za-z0-9_-]+(?:\\?[A-Za-z0-9_=&.%-]*)?");
	private static final Pattern IMAGE_URL = Pattern.compile("(?i)(?:https?://|(?![a-z][a-z0-9+.-]*:))[^\\s]*");
	private static final Pattern LINK_URL = Pattern.compile("(?i)(?:https?://|mailto:|(?![a-z][a-z0-9+.-]*:))[^\\s]*");
	private static final Pattern PIXELS = Pattern.compile("[0-9]{1,4}");
	private static final Pattern ALIGN = Pattern.compile("(?i)left|center|right");
	private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9_+-]{1,32}");

	private static final PolicyFactory POLICY = buildPolicy();

	private HtmlSanitiser() {
	}

	/**
	 * Returns HTML that keeps the allowed structure of {@code html} and nothing
	 * else; {@code null} gives an empty string.
	 */
	public static String sanitise(String html) {
		return html == null ? "" : POLICY.sanitize(html);
	}

	private static PolicyFactory buildPolicy() {
		return new HtmlPolicyBuilder().allowElements("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span")
				.allowElements("ul", "ol", "li", "dl", "dt", "dd")
				.allowElements("em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "abbr")
				.allowElements("code", "pre", "kbd", "blockquote", "figure", "figcaption")
				.allowElements("table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td").allowAttributes("start")
				.matching(PIXELS).onElements("ol").allowAttributes("align").matching(ALIGN).onElements("th", "td")
				.allowAttributes("colspan", "rowspan").matching(PIXELS).onElements("th", "td").allowAttributes("class")
				.matching(CODE_LANGUAGE).onElements("code").allowAttributes("title")
				.onElements("abbr", "a", "img", "iframe").allowUrlProtocols("http", "https", "mailto")
				.allowElements("a").allowAttributes("href").matching(LINK_URL).onElements("a")
				.requireRelsOnLinks("nofollow", "noopener", "noreferrer").allowElements("img").allowAttributes("src")
				.matching(IMAGE_URL).onElements("img").allowAttributes("alt").onElements("img")
				.allowAttributes("width", "height").matching(PIXELS).onElements("img", "iframe")
				.allowElements(HtmlSanitiser::onlyAllowlistedIframe, "iframe").allowAttributes("src")
				.matching(VIDEO_EMBED).onElements("iframe").allowAttributes("allowfullscreen")
				.matching(true, "", "allowfullscreen", "true").onElements("iframe").toFactory();
	}

	/**
	 * Attribute policies have already run: an iframe without a surviving
	 * {@code src} was not on the allowlist.
	 */
	private static String onlyAllowlistedIframe(String elementName, List<String> attributes) {
		for (int i = 0; i < attributes.size(); i += 2) {
			if ("src".equals(attributes.get(i))) {
				return elementName;
			}
		}
		return null;
	}

	/**
	 * Exposed for tests and callers that want to check an embed URL before storing
	 * it.
	 */
	public static boolean isAllowedVideoEmbed(String url) {
		return url != null && VIDEO_EMBED.matcher(url).matches();
	}
}
