package org.opencme.certification.control;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.extend.FSUriResolver;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What one rendering may reach: the template's own files under
 * {@code bundle:/}, and inline {@code data:} images and fonts (the QR code).
 * Every other URI, whatever its protocol ({@code file:}, {@code http:},
 * {@code jar:}, openhtmltopdf's own {@code classpath:}), is refused before any
 * stream is opened, and recorded. It is the URI resolver, the access control
 * and the stream factory of every protocol at once, so that no path through
 * openhtmltopdf reaches {@code URL.openStream}. One instance per rendering.
 */
final class SealedResources implements FSUriResolver, FSStreamFactory {

	static final String BASE = "bundle:/";
	/**
	 * Every protocol openhtmltopdf or the JDK knows of; all are served here, by
	 * refusal.
	 */
	static final String[] PROTOCOLS = {"bundle", "http", "https", "file", "jar", "jrt", "ftp", "classpath", "mailto",
			"netdoc", "gopher"};
	private static final Set<ExternalResourceType> INLINE = Set.of(ExternalResourceType.IMAGE_RASTER,
			ExternalResourceType.FONT);

	private final CertificateTemplate template;
	private final List<String> refused = new CopyOnWriteArrayList<>();

	SealedResources(CertificateTemplate template) {
		this.template = template;
	}

	/** The URIs the template asked for and did not get, in order. */
	List<String> refused() {
		return List.copyOf(new java.util.LinkedHashSet<>(refused));
	}

	@Override
	public String resolveURI(String baseUri, String uri) {
		if (uri == null || uri.isBlank()) {
			return null;
		}
		if (uri.startsWith("data:")) {
			return uri;
		}
		String path = uri.startsWith(BASE) ? uri.substring(BASE.length()) : uri;
		if (template.resource(path) != null) {
			return BASE + path;
		}
		refused.add(uri);
		return null;
	}

	/** The access control, run on the URI before and after it is resolved. */
	boolean allows(String uri, ExternalResourceType type) {
		if (uri == null || type == null || type == ExternalResourceType.FILE_EMBED) {
			refused.add(String.valueOf(uri));
			return false;
		}
		if (uri.startsWith("data:")) {
			if (INLINE.contains(type)) {
				return true;
			}
			refused.add(abbreviate(uri));
			return false;
		}
		String path = uri.startsWith(BASE) ? uri.substring(BASE.length()) : uri;
		if (template.resource(path) != null) {
			return true;
		}
		refused.add(uri);
		return false;
	}

	@Override
	public FSStream getUrl(String url) {
		byte[] bytes = url != null && url.startsWith(BASE) ? template.resource(url.substring(BASE.length())) : null;
		if (bytes == null) {
			refused.add(String.valueOf(url));
		}
		return new FSStream() {
			@Override
			public InputStream getStream() {
				return bytes == null ? null : new ByteArrayInputStream(bytes);
			}

			@Override
			public Reader getReader() {
				return bytes == null ? null : new InputStreamReader(getStream(), StandardCharsets.UTF_8);
			}
		};
	}

	private static String abbreviate(String uri) {
		return uri.length() > 40 ? uri.substring(0, 40) + "..." : uri;
	}
}
