package org.opencme.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a browser says a request comes from: its {@code Origin} header, or,
 * without one, the origin of its {@code Referer}, compared with the server's
 * own origin (scheme, host and port, default ports left out). {@code Origin:
 * null} (sandboxed frames, {@code data:} pages) and anything unreadable count
 * as foreign.
 */
public final class RequestOrigin {

	/** What the headers say about where a request comes from. */
	public enum Verdict {
		/** The server's own origin. */
		SAME,
		/** Another origin, {@code null}, or an unreadable header. */
		FOREIGN,
		/** Neither {@code Origin} nor {@code Referer} was sent. */
		ABSENT
	}

	private RequestOrigin() {
	}

	/** The origin a browser would send for pages of this server. */
	public static String own(String scheme, String host, int port) {
		String s = scheme.toLowerCase(Locale.ROOT);
		return s + "://" + host.toLowerCase(Locale.ROOT) + (port == defaultPort(s) || port <= 0 ? "" : ":" + port);
	}

	/**
	 * Judges a request: {@code origin} wins when present; {@code referer} is read
	 * only without it.
	 */
	public static Verdict judge(String own, String origin, String referer) {
		String claimed = origin != null && !origin.isBlank() ? origin : referer;
		if (claimed == null || claimed.isBlank()) {
			return Verdict.ABSENT;
		}
		String normalised = normalise(claimed.trim());
		return own.equals(normalised) ? Verdict.SAME : Verdict.FOREIGN;
	}

	/**
	 * The {@code scheme://host[:port]} of a URL, or null when it has none (such as
	 * {@code null} or a relative path).
	 */
	static String normalise(String url) {
		try {
			URI uri = new URI(url);
			if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
				return null;
			}
			return own(uri.getScheme(), uri.getHost(), uri.getPort());
		} catch (URISyntaxException e) {
			return null;
		}
	}

	private static int defaultPort(String scheme) {
		return switch (scheme) {
			case "http" -> 80;
			case "https" -> 443;
			default -> -1;
		};
	}
}
