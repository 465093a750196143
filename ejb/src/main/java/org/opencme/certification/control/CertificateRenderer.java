package org.opencme.certification.control;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Turns a {@link CertificateContent} into a PDF/A-2b certificate: the template
 * is filled with escaped values, parsed as XML with no external entity or DTD,
 * and rendered by openhtmltopdf with the bundled DejaVu fonts (embedded,
 * subset), the bundled sRGB output intent and a sealed resource access (see
 * {@link SealedResources}).
 *
 * <p>
 * Fonts, colour profile and templates are read once, in the constructor (the
 * fonts parsed once per concurrent rendering, see {@link FontShelf}); a
 * rendering shares nothing mutable but the font shelf and openhtmltopdf's
 * thread-safe font metrics cache, so one instance serves every thread.
 */
public final class CertificateRenderer {

	private static final System.Logger LOG = System.getLogger(CertificateRenderer.class.getName());
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
	static {
		// openhtmltopdf logs a dozen INFO lines per document (fonts loaded, cache
		// hits): a bulk issue would
		// flood the server log. Its warnings (a refused or broken resource) still show.
		for (String log : XRLog.listRegisteredLoggers()) {
			XRLog.setLevel(log, java.util.logging.Level.WARNING);
		}
	}

	private final FontShelf fonts = new FontShelf();
	private final byte[] colorProfile;
	private final Map<String, CertificateTemplate> templates;
	private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();
	private final DocumentBuilderFactory xml = secureXmlParsing();

	/**
	 * The bundled templates only: {@link CertificateTemplate#DEFAULT} and
	 * {@link CertificateTemplate#PARTICIPATION}.
	 */
	public CertificateRenderer() {
		this(List.of());
	}

	/**
	 * The bundled templates and these (an administrator's uploads).
	 *
	 * @throws IllegalArgumentException
	 *             when two templates share a name
	 */
	public CertificateRenderer(Collection<CertificateTemplate> moreTemplates) {
		colorProfile = CertificateTemplate.read("/org/opencme/certification/color/sRGB.icc");
		Map<String, CertificateTemplate> all = new LinkedHashMap<>();
		for (CertificateTemplate t : List.of(CertificateTemplate.bundled(CertificateTemplate.DEFAULT),
				CertificateTemplate.bundled(CertificateTemplate.PARTICIPATION))) {
			all.put(t.name(), t);
		}
		for (CertificateTemplate t : moreTemplates) {
			if (all.putIfAbsent(t.name(), t) != null) {
				throw new IllegalArgumentException("two certificate templates are named " + t.name());
			}
		}
		templates = Map.copyOf(all);
	}

	public Set<String> templateNames() {
		return templates.keySet();
	}

	/** Writes the PDF to {@code out} (which stays open). */
	public void render(CertificateContent content, String templateName, OutputStream out) {
		List<String> refused = renderSealed(content, templateName, out);
		if (!refused.isEmpty()) {
			LOG.log(Level.WARNING, "certificate template {0} asked for resources outside its bundle, not fetched: {1}",
					templateName, refused);
		}
	}

	public byte[] render(CertificateContent content, String templateName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		render(content, templateName, out);
		return out.toByteArray();
	}

	/** @return the URIs the template asked for and was refused */
	List<String> renderSealed(CertificateContent content, String templateName, OutputStream out) {
		CertificateTemplate template = templates.get(templateName);
		if (template == null) {
			throw new CertificateRenderingException("no certificate template named " + templateName);
		}
		Document document = parse(template.fill(values(content)), templateName);
		SealedResources sealed = new SealedResources(template);
		FontShelf.FontSet fontSet = fonts.borrow();
		PDDocument pdf = new PDDocument();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.usePDDocument(pdf);
			builder.useFastMode();
			builder.usePdfAConformance(PdfAConformance.PDFA_2_B);
			builder.useColorProfile(colorProfile);
			builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
			fonts.offer(builder, pdf, fontSet);
			builder.useUriResolver(sealed);
			builder.useHttpStreamImplementation(sealed);
			builder.useProtocolsStreamImplementation(sealed, SealedResources.PROTOCOLS);
			builder.useExternalResourceAccessControl(sealed::allows,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl(sealed::allows,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withProducer("OpenCME");
			builder.withW3cDocument(document, SealedResources.BASE);
			builder.toStream(out);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				fonts.offerFallback(renderer, pdf, fontSet);
				renderer.createPDF();
			}
		} catch (IOException | UncheckedIOException e) {
			throw new CertificateRenderingException("certificate " + content.certificateNumber() + " not rendered", e);
		} finally {
			closeQuietly(pdf);
			fonts.giveBack(fontSet);
		}
		return sealed.refused();
	}

	private static Map<String, Object> values(CertificateContent c) {
		Map<String, Object> v = new HashMap<>();
		v.put("learnerName", c.learnerName());
		v.put("activityTitle", c.activityTitle());
		v.put("formatLabel", c.formatLabel());
		v.put("activityDates", c.activityDates());
		v.put("completionDate", DATE.format(c.completionDate()));
		v.put("providerName", c.providerName());
		v.put("accreditationStatement", c.accreditationStatement());
		v.put("ipceStatement", c.ipceStatement());
		v.put("certificateNumber", c.certificateNumber());
		v.put("verificationUrl", c.verificationUrl());
		v.put("qrCode", QrCode.dataUri(c.verificationUrl()));
		v.put("credits",
				c.credits().stream()
						.map(line -> Map.of("creditType", line.creditTypeName(), "amount", amount(line.amount()),
								"unit", line.unitLabel(), "designationStatement", line.designationStatement()))
						.toList());
		return v;
	}

	/** 1.25 as "1.25", 1.50 as "1.5", 2.00 as "2". */
	static String amount(BigDecimal amount) {
		return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
	}

	private Document parse(String xhtml, String templateName) {
		try {
			DocumentBuilder parser;
			synchronized (xml) {
				parser = xml.newDocumentBuilder();
			}
			parser.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
			parser.setErrorHandler(null);
			return parser.parse(new InputSource(new StringReader(xhtml)));
		} catch (ParserConfigurationException | SAXException | IOException e) {
			throw new CertificateRenderingException(
					"certificate template " + templateName + " is not well-formed XHTML", e);
		}
	}

	/**
	 * XML parsing that reads nothing but the given text: no DTD, no external
	 * entity, no XInclude.
	 */
	private static DocumentBuilderFactory secureXmlParsing() {
		DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
		try {
			f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			f.setFeature("http://xml.org/sax/features/external-general-entities", false);
			f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser lacks a safety feature", e);
		}
		f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		f.setNamespaceAware(true);
		f.setXIncludeAware(false);
		f.setExpandEntityReferences(false);
		f.setValidating(false);
		return f;
	}

	/**
	 * openhtmltopdf closes the document after saving it; this is for a rendering
	 * that failed before.
	 */
	private static void closeQuietly(PDDocument pdf) {
		try {
			pdf.close();
		} catch (IOException ignored) {
			// nothing was written that could be lost
		}
	}
}
