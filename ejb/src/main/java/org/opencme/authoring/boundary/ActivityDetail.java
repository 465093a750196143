package org.opencme.authoring.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.opencme.content.markup.MarkdownRenderer;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;

/**
 * An activity as a learner (or its designer) reads it: what comes before the
 * content (disclosures, objectives, credits, dates) and the modules, content
 * modules with their rendered, sanitised HTML.
 */
public record ActivityDetail(long id, String title, String summary, String format, String status, Integer versionNo,
		List<String> objectives, List<String> targetAudience, List<String> topics, Integer estimatedMinutes,
		List<Faculty> faculty, List<Credit> credits, String accreditationStatement, LocalDate releaseDate,
		LocalDate expiryDate, long feeMinor, String currency, Integer capacity, List<Module> modules) {

	/** A faculty member or planner with their financial-relationship disclosure. */
	public record Faculty(String name, String role, String disclosure, LocalDate disclosedOn) {
	}

	/** A credit designation: the maximum of a credit type this version offers. */
	public record Credit(String type, BigDecimal amount, String note) {
	}

	/** One step; {@code html} only for CONTENT modules. */
	public record Module(String id, ModuleKind kind, String title, boolean required, String html) {
	}

	static ActivityDetail of(ActivitySummary summary, Integer versionNo, ContentPackage pkg) {
		var a = pkg.manifest().activity();
		List<Faculty> faculty = a.faculty().stream()
				.map(f -> new Faculty(f.name(), f.role(), f.disclosure() == null ? null : f.disclosure().text(),
						f.disclosure() == null ? null : f.disclosure().disclosedOn()))
				.toList();
		List<Credit> credits = a.creditDesignations().stream()
				.map(c -> new Credit(c.creditType(), c.amount(), c.note())).toList();
		List<Module> modules = pkg.manifest().modules().stream().map(m -> module(m, pkg)).toList();
		return new ActivityDetail(summary.id(), a.title(), a.summary(), a.format() == null ? null : a.format().name(),
				summary.status().name(), versionNo, a.objectives(),
				a.targetAudience().stream().map(Enum::name).toList(), a.topics(), a.estimatedMinutes(), faculty,
				credits, a.accreditationStatement(), a.releaseDate(), a.expiryDate(), a.feeMinor(), a.currency(),
				a.capacity(), modules);
	}

	private static Module module(ModuleSpec m, ContentPackage pkg) {
		String html = null;
		if (m instanceof ContentModuleSpec content && content.file() != null) {
			html = MarkdownRenderer.toSafeHtml(pkg.text(content.file()).orElse(""));
		}
		return new Module(m.key(), m.kind(), m.title(), m.required(), html);
	}
}
