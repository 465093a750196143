package org.opencme.content.pkg;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.opencme.content.markup.PdfCheck;

/**
 * The rules for the module list and for each kind of module, including that
 * referenced files exist.
 */
final class ModuleValidator {

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
	private static final String MEDIA = "media/";
	/**
	 * Markdown and PDFs are checked in memory: larger ones are refused before they
	 * are read (the media store's limits for text and documents).
	 */
	static final long MAX_MARKDOWN_BYTES = 2L * 1024 * 1024;
	static final long MAX_PDF_BYTES = 50L * 1024 * 1024;

	private final ContentPackage contentPackage;
	private final Problems problems;

	ModuleValidator(ContentPackage contentPackage, Problems problems) {
		this.contentPackage = contentPackage;
		this.problems = problems;
	}

	void modules(List<ModuleSpec> modules) {
		problems.notEmpty("modules", modules, "module");
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < modules.size(); i++) {
			ModuleSpec module = modules.get(i);
			String path = ManifestParser.modulePath(i, module.key());
			if (module.key() != null && !keys.add(module.key())) {
				problems.add(path + ".key", "duplicate module key \"" + module.key() + "\"");
			}
			common(path, module);
			kind(path, module);
		}
		atMostOne(modules, QuizRole.PRE_TEST);
		atMostOne(modules, QuizRole.POST_TEST);
	}

	private void common(String path, ModuleSpec module) {
		if (problems.required(path + ".key", module.key()) && !KEY.matcher(module.key()).matches()) {
			problems.add(path + ".key", "must be 1-64 letters, digits, '-' or '_', starting with a letter or digit");
		}
		problems.required(path + ".title", module.title());
	}

	private void kind(String path, ModuleSpec module) {
		if (module instanceof ContentModuleSpec content) {
			markdown(path + ".file", content.file());
		} else if (module instanceof VideoModuleSpec video) {
			video(path, video);
		} else if (module instanceof DocumentModuleSpec document) {
			pdf(path + ".media", document.media());
		} else if (module instanceof QuizModuleSpec quiz) {
			new QuizRules(problems).check(path, quiz);
		} else if (module instanceof EvaluationModuleSpec evaluation) {
			evaluation(path, evaluation);
			if (evaluation.estimatedMinutes() != null) {
				problems.range(path + ".estimatedMinutes", evaluation.estimatedMinutes(), 1, 600);
			}
		} else if (module instanceof AttestationModuleSpec attestation
				&& problems.required(path + ".maxMinutes", attestation.maxMinutes())) {
			problems.range(path + ".maxMinutes", attestation.maxMinutes(), 1, 100_000);
		}
	}

	private void markdown(String field, String file) {
		if (!problems.required(field, file)) {
			return;
		}
		if (!file.endsWith(".md")) {
			problems.add(field, "must name a Markdown file ending in .md, was \"" + file + "\"");
		}
		Optional<PackageFile> markdown = existing(field, file);
		if (markdown.isPresent() && markdown.get().size() > MAX_MARKDOWN_BYTES) {
			problems.add(file, "is larger than " + MAX_MARKDOWN_BYTES / 1024 / 1024 + " MB, the limit for Markdown");
		} else {
			markdown.filter(f -> !isUtf8(f.content())).ifPresent(f -> problems.add(file, "is not UTF-8 text"));
		}
	}

	private void video(String path, VideoModuleSpec video) {
		boolean hasMedia = video.media() != null;
		boolean hasUrl = video.url() != null;
		if (hasMedia == hasUrl) {
			problems.add(path, "a VIDEO module needs exactly one of media or url");
		} else if (hasMedia) {
			media(path + ".media", video.media());
		} else if (!video.url().startsWith("https://")) {
			problems.add(path + ".url", "must be an https URL");
		}
		problems.range(path + ".requiredWatchedPercent", video.requiredWatchedPercent(), 1, 100);
	}

	private void pdf(String field, String media) {
		if (problems.required(field, media)) {
			Optional<PackageFile> pdf = media(field, media);
			if (pdf.isPresent() && pdf.get().size() > MAX_PDF_BYTES) {
				problems.add(media, "is larger than " + MAX_PDF_BYTES / 1024 / 1024 + " MB, the limit for a PDF");
			} else {
				pdf.filter(f -> !PdfCheck.isPdf(f.content()))
						.ifPresent(f -> problems.add(media, "is not a readable PDF"));
			}
		}
	}

	private Optional<PackageFile> media(String field, String path) {
		if (!path.startsWith(MEDIA)) {
			problems.add(field, "must be a path under media/, was \"" + path + "\"");
			return Optional.empty();
		}
		return existing(field, path);
	}

	private Optional<PackageFile> existing(String field, String path) {
		Optional<PackageFile> file = contentPackage.file(path);
		if (file.isEmpty()) {
			problems.add(field, "refers to \"" + path + "\", which is not in the package");
		}
		return file;
	}

	private void evaluation(String path, EvaluationModuleSpec evaluation) {
		problems.notEmpty(path + ".items", evaluation.items(), "item");
		for (int i = 0; i < evaluation.items().size(); i++) {
			EvaluationItemSpec item = evaluation.items().get(i);
			String itemPath = path + ".items[" + i + "]";
			problems.required(itemPath + ".key", item.key());
			problems.required(itemPath + ".type", item.type());
			problems.required(itemPath + ".text", item.text());
		}
		problems.unique(path + ".items", evaluation.items().stream().map(EvaluationItemSpec::key).toList(), "item key");
	}

	private void atMostOne(List<ModuleSpec> modules, QuizRole role) {
		long count = modules.stream().filter(m -> m instanceof QuizModuleSpec q && q.role() == role).count();
		if (count > 1) {
			problems.add("modules", "has " + count + " " + role + " quizzes; at most one is allowed");
		}
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		} catch (CharacterCodingException e) {
			return false;
		}
	}
}
