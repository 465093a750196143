package org.opencme.certification.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A certificate template: XHTML with placeholders (see
 * {@link PlaceholderTemplate}) and the only files it may reach, by relative
 * name ({@code certificate.css}, {@code images/seal.png}). Compiled once;
 * immutable, so one instance serves every thread.
 *
 * <p>
 * Placeholders: {@code learnerName activityTitle formatLabel activityDates
 * completionDate providerName accreditationStatement ipceStatement
 * certificateNumber verificationUrl qrCode}, and the section {@code credits}
 * with {@code creditType amount unit designationStatement}.
 */
public final class CertificateTemplate {

	/** The framed certificate of completion with credit. */
	public static final String DEFAULT = "default";
	/** The certificate of participation (no credit the learner is eligible for). */
	public static final String PARTICIPATION = "participation";

	static final Set<String> PLACEHOLDERS = Set.of("learnerName", "activityTitle", "formatLabel", "activityDates",
			"completionDate", "providerName", "accreditationStatement", "ipceStatement", "certificateNumber",
			"verificationUrl", "qrCode", "credits", "creditType", "amount", "unit", "designationStatement");

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");
	private static final Pattern RESOURCE = Pattern
			.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
	private static final String BUNDLE = "/org/opencme/certification/templates/";

	private final String name;
	private final PlaceholderTemplate xhtml;
	private final Map<String, byte[]> resources;

	private CertificateTemplate(String name, PlaceholderTemplate xhtml, Map<String, byte[]> resources) {
		this.name = name;
		this.xhtml = xhtml;
		this.resources = resources;
	}

	/**
	 * A template from elsewhere (an administrator's upload).
	 *
	 * @param resources
	 *            the files it may reference by relative name; nothing else is
	 *            reachable
	 * @throws CertificateRenderingException
	 *             for an unknown placeholder, an unclosed section or a bad name
	 */
	public static CertificateTemplate of(String name, String xhtml, Map<String, byte[]> resources) {
		if (!NAME.matcher(name).matches()) {
			throw new CertificateRenderingException("template name must match " + NAME + ": " + name);
		}
		Map<String, byte[]> copy = new LinkedHashMap<>();
		resources.forEach((path, bytes) -> {
			if (!RESOURCE.matcher(path).matches() || path.contains("..")) {
				throw new CertificateRenderingException("resource name must be a plain relative path: " + path);
			}
			copy.put(path, bytes.clone());
		});
		return new CertificateTemplate(name, PlaceholderTemplate.compile(xhtml, PLACEHOLDERS), Map.copyOf(copy));
	}

	/**
	 * One of the templates shipped in the jar: certificate.xhtml + certificate.css.
	 */
	static CertificateTemplate bundled(String name) {
		String dir = BUNDLE + name + "/";
		String xhtml = new String(read(dir + "certificate.xhtml"), StandardCharsets.UTF_8);
		return of(name, xhtml, Map.of("certificate.css", read(dir + "certificate.css")));
	}

	static byte[] read(String classpathName) {
		try (InputStream in = CertificateTemplate.class.getResourceAsStream(classpathName)) {
			if (in == null) {
				throw new IllegalStateException("missing bundled resource " + classpathName);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public String name() {
		return name;
	}

	String fill(Map<String, ?> values) {
		return xhtml.fill(values);
	}

	/** The bundled file, or null: the caller must not change the array. */
	byte[] resource(String path) {
		return resources.get(path);
	}
}
