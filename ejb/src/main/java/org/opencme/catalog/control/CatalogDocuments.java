package org.opencme.catalog.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opencme.content.markup.MarkdownRenderer;
import org.opencme.content.markup.TextExtractor;
import org.opencme.content.markup.UnreadableDocumentException;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.DocumentModuleSpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CreditOffer;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * Turns a published version's package into the catalog's document: what search
 * sees of an activity.
 */
public final class CatalogDocuments {

	private final TextExtractor extractor = new TextExtractor();

	/**
	 * {@code creditNames} maps credit type codes to their display names;
	 * {@code nextSessionStart} is null for on-demand activities and live ones
	 * without an upcoming session.
	 */
	public CatalogDocument of(long activityId, long versionId, Instant publishedAt, ContentPackage pkg,
			Map<String, String> creditNames, Instant nextSessionStart) {
		ActivitySpec a = pkg.manifest().activity();
		List<CreditOffer> credits = a.creditDesignations().stream().map(c -> new CreditOffer(c.creditType(),
				creditNames.getOrDefault(c.creditType(), c.creditType()), c.amount())).toList();
		List<String> faculty = a.faculty().stream().map(f -> f.name()).toList();
		LocalDate release = a.releaseDate() != null ? a.releaseDate() : ProviderCalendar.dateOf(publishedAt);
		return new CatalogDocument(activityId, versionId, a.title(), a.summary(), a.objectives(), faculty, a.topics(),
				a.format().name(), credits, a.feeMinor(), release, a.expiryDate(), nextSessionStart, publishedAt,
				body(pkg));
	}

	private String body(ContentPackage pkg) {
		List<String> texts = new ArrayList<>();
		for (ModuleSpec module : pkg.manifest().modules()) {
			texts.add(module.title());
			if (module instanceof ContentModuleSpec content && content.file() != null) {
				pkg.text(content.file())
						.ifPresent(md -> texts.add(extractor.fromHtml(MarkdownRenderer.toSafeHtml(md))));
			}
			if (module instanceof DocumentModuleSpec document && document.media() != null) {
				pkg.file(document.media()).ifPresent(f -> texts.add(pdfText(f.content())));
			}
		}
		return String.join("\n", texts);
	}

	private String pdfText(byte[] pdf) {
		try {
			return extractor.fromPdf(pdf);
		} catch (UnreadableDocumentException e) {
			return "";
		}
	}
}
