package org.opencme.content.markup;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Independent check of sanitiser output: written without the sanitiser's own
 * patterns so that a mistake in the policy is not mirrored here. Text nodes
 * cannot hide markup because the sanitiser escapes every {@code <} in text.
 */
final class HtmlSafety {

	private static final Set<String> ALLOWED_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div",
			"span", "ul", "ol", "li", "dl", "dt", "dd", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup",
			"small", "mark", "abbr", "code", "pre", "kbd", "blockquote", "figure", "figcaption", "table", "caption",
			"thead", "tbody", "tfoot", "tr", "th", "td", "a", "img", "iframe");
	private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9:-]*)([^>]*)>?");
	private static final Pattern ATTRIBUTE = Pattern
			.compile("([^\\s=/\"'>]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
	private static final Pattern ALLOWED_EMBED = Pattern
			.compile("https://(www\\.youtube-nocookie\\.com/embed/|player\\.vimeo\\.com/video/)[^/?#]+([?].*)?");
	private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

	private HtmlSafety() {
	}

	static void assertSafe(String input, String output) {
		String lower = output.toLowerCase(Locale.ROOT);
		assertFalse(lower.contains("<script"), () -> "script tag survived " + describe(input, output));
		Matcher tag = TAG.matcher(output);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase(Locale.ROOT);
			if (!ALLOWED_TAGS.contains(name)) {
				fail("tag <" + name + "> survived " + describe(input, output));
			}
			checkAttributes(name, tag.group(2), input, output);
		}
	}

	private static void checkAttributes(String tagName, String attributes, String input, String output) {
		Matcher attribute = ATTRIBUTE.matcher(attributes);
		boolean iframeHasGoodSrc = false;
		while (attribute.find()) {
			String name = attribute.group(1).toLowerCase(Locale.ROOT);
			String value = attribute.group(2) == null ? "" : unquote(attribute.group(2));
			assertFalse(name.startsWith("on"), () -> "event handler " + name + describe(input, output));
			assertFalse(Set.of("style", "srcdoc", "formaction", "background", "dynsrc", "lowsrc").contains(name),
					() -> "attribute " + name + describe(input, output));
			if (name.equals("href") || name.equals("src") || name.contains(":href")) {
				checkUrl(tagName, name, value, input, output);
				iframeHasGoodSrc |= tagName.equals("iframe") && name.equals("src");
			}
		}
		if (tagName.equals("iframe") && !attributes.isBlank()) {
			assertTrue(iframeHasGoodSrc, () -> "iframe without an allowlisted src " + describe(input, output));
		}
	}

	private static void checkUrl(String tagName, String name, String rawValue, String input, String output) {
		String url = decode(rawValue).replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
		if (tagName.equals("iframe")) {
			assertTrue(ALLOWED_EMBED.matcher(decode(rawValue)).matches(),
					() -> "iframe src " + url + describe(input, output));
			return;
		}
		Matcher scheme = SCHEME.matcher(url);
		if (scheme.find()) {
			Set<String> allowed = name.equals("href") ? Set.of("http", "https", "mailto") : Set.of("http", "https");
			assertTrue(allowed.contains(scheme.group(1)), () -> "URL scheme in " + url + describe(input, output));
		}
		for (String bad : new String[]{"javascript:", "vbscript:", "data:"}) {
			assertFalse(url.contains(bad), () -> bad + " URL survived " + describe(input, output));
		}
	}

	private static String unquote(String value) {
		if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

	/**
	 * Decodes numeric character references and the named ones an attacker would use
	 * to hide a colon or tab.
	 */
	static String decode(String value) {
		Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(value);
		StringBuilder out = new StringBuilder();
		while (numeric.find()) {
			int codePoint = Integer.parseInt(numeric.group(2), numeric.group(1).isEmpty() ? 10 : 16);
			numeric.appendReplacement(out, Matcher.quoteReplacement(new String(Character.toChars(codePoint))));
		}
		numeric.appendTail(out);
		return out.toString().replace("&colon;", ":").replace("&Tab;", "\t").replace("&NewLine;", "\n")
				.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
	}

	private static String describe(String input, String output) {
		return "\n  input:  " + input + "\n  output: " + output;
	}
}
