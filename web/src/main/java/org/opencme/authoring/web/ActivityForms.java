package org.opencme.authoring.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.AttestationModuleSpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.DocumentModuleSpec;
import org.opencme.content.pkg.EvaluationItemSpec;
import org.opencme.content.pkg.EvaluationModuleSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.OptionSpec;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.QuestionSpec;
import org.opencme.content.pkg.QuizModuleSpec;
import org.opencme.content.pkg.SessionModuleSpec;
import org.opencme.content.pkg.VideoModuleSpec;

/**
 * Converts between the content package (what is stored) and the editor's form
 * (what the page binds to).
 */
final class ActivityForms {

	private ActivityForms() {
	}

	static ActivityForm from(ContentPackage pkg) {
		ActivityForm form = new ActivityForm();
		ActivitySpec a = pkg.manifest().activity();
		form.setTitle(a.title());
		form.setSummary(a.summary());
		form.setObjectives(String.join("\n", a.objectives()));
		form.setTargetAudience(new ArrayList<>(a.targetAudience()));
		form.setTopics(new ArrayList<>(a.topics()));
		form.setFormat(a.format());
		form.setEstimatedMinutes(a.estimatedMinutes());
		form.setAccreditationStatement(a.accreditationStatement());
		form.setReleaseDate(a.releaseDate());
		form.setExpiryDate(a.expiryDate());
		form.setFee(BigDecimal.valueOf(a.feeMinor(), 2));
		form.setCurrency(a.currency() == null ? "USD" : a.currency());
		form.setCapacity(a.capacity());
		form.setCertificateTemplate(pkg.manifest().certificateTemplate());
		a.faculty().forEach(f -> form.getFaculty().add(faculty(f)));
		a.creditDesignations().forEach(c -> form.getCredits().add(credit(c)));
		pkg.manifest().modules().forEach(m -> form.getModules().add(module(m, pkg)));
		CompletionCriteriaSpec c = pkg.manifest().completionCriteria();
		if (c != null) {
			form.setRequiredModules(new ArrayList<>(c.requiredModules()));
			form.setPostTestPassPercent(c.postTestPassPercent());
			form.setEvaluationRequired(c.evaluationRequired());
			form.setMinAttendancePercent(c.minAttendancePercent());
			form.setAttestationRequired(c.attestationRequired());
		}
		List<String> markdownFiles = form.getModules().stream().map(ModuleForm::getFile).toList();
		pkg.files().stream().filter(f -> !markdownFiles.contains(f.path()))
				.forEach(f -> form.getMediaFiles().put(f.path(), f));
		return form;
	}

	static ContentPackage toPackage(ActivityForm form) {
		List<PackageFile> files = new ArrayList<>();
		files.addAll(form.getMediaFiles().values());
		List<ModuleSpec> modules = new ArrayList<>();
		for (ModuleForm m : form.getModules()) {
			modules.add(spec(m, files));
		}
		long feeMinor = form.getFee() == null
				? 0
				: form.getFee().setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
		ActivitySpec activity = new ActivitySpec(form.getTitle(), form.getSummary(), lines(form.getObjectives()),
				form.getTargetAudience(), form.getTopics(), form.getFormat(), form.getEstimatedMinutes(),
				form.getFaculty().stream().map(ActivityForms::faculty).toList(), form.getAccreditationStatement(),
				form.getCredits().stream().map(ActivityForms::credit).toList(), form.getReleaseDate(),
				form.getExpiryDate(), feeMinor, form.getCurrency(), form.getCapacity());
		CompletionCriteriaSpec criteria = new CompletionCriteriaSpec(form.getRequiredModules(),
				form.getPostTestPassPercent(), form.isEvaluationRequired(), form.getMinAttendancePercent(),
				form.isAttestationRequired());
		return new ContentPackage(new ActivityManifest(activity, criteria, form.getCertificateTemplate(), modules),
				files);
	}

	private static ModuleSpec spec(ModuleForm m, List<PackageFile> files) {
		return switch (m.getKind()) {
			case CONTENT -> {
				String path = m.getFile() == null ? "modules/" + m.getKey() + ".md" : m.getFile();
				files.add(new PackageFile(path,
						(m.getMarkdown() == null ? "" : m.getMarkdown()).getBytes(StandardCharsets.UTF_8)));
				yield new ContentModuleSpec(m.getKey(), m.getTitle(), m.isRequired(), path);
			}
			case VIDEO -> new VideoModuleSpec(m.getKey(), m.getTitle(), m.isRequired(), blank(m.getMedia()),
					blank(m.getUrl()), m.getRequiredWatchedPercent());
			case DOCUMENT -> new DocumentModuleSpec(m.getKey(), m.getTitle(), m.isRequired(), blank(m.getMedia()));
			case QUIZ -> new QuizModuleSpec(m.getKey(), m.getTitle(), m.isRequired(), m.getRole(), m.getPassPercent(),
					m.getAttemptLimit(), m.getTimeLimitMinutes(), m.isShuffleQuestions(), m.isShuffleOptions(),
					m.getDrawCount(), m.getFeedback(), m.getQuestions().stream().map(ActivityForms::question).toList(),
					m.isRevealAnswersWhileAttemptsRemain());
			case EVALUATION -> new EvaluationModuleSpec(
					m.getKey(), m.getTitle(), m.isRequired(), m.getItems().stream()
							.map(i -> new EvaluationItemSpec(i.getKey(), i.getType(), i.getText())).toList(),
					m.getEvaluationMinutes());
			case ATTESTATION -> new AttestationModuleSpec(m.getKey(), m.getTitle(), m.isRequired(), m.getMaxMinutes());
			case LIVE_SESSION, PROCTORED_SESSION ->
				new SessionModuleSpec(m.getKey(), m.getKind(), m.getTitle(), m.isRequired());
		};
	}

	private static ModuleForm module(ModuleSpec spec, ContentPackage pkg) {
		ModuleForm m = new ModuleForm();
		m.setKey(spec.key());
		m.setKind(spec.kind());
		m.setTitle(spec.title());
		m.setRequired(spec.required());
		if (spec instanceof ContentModuleSpec c) {
			m.setFile(c.file());
			m.setMarkdown(c.file() == null ? "" : pkg.text(c.file()).orElse(""));
		} else if (spec instanceof VideoModuleSpec v) {
			m.setMedia(v.media());
			m.setUrl(v.url());
			m.setRequiredWatchedPercent(v.requiredWatchedPercent());
		} else if (spec instanceof DocumentModuleSpec d) {
			m.setMedia(d.media());
		} else if (spec instanceof QuizModuleSpec q) {
			quiz(m, q);
		} else if (spec instanceof EvaluationModuleSpec e) {
			m.setEvaluationMinutes(e.estimatedMinutes());
			e.items().forEach(i -> {
				ModuleForm.ItemForm item = new ModuleForm.ItemForm();
				item.setKey(i.key());
				item.setType(i.type());
				item.setText(i.text());
				m.getItems().add(item);
			});
		} else if (spec instanceof AttestationModuleSpec a) {
			m.setMaxMinutes(a.maxMinutes());
		}
		return m;
	}

	private static void quiz(ModuleForm m, QuizModuleSpec q) {
		m.setRole(q.role());
		m.setPassPercent(q.passPercent());
		m.setAttemptLimit(q.attemptLimit());
		m.setTimeLimitMinutes(q.timeLimitMinutes());
		m.setShuffleQuestions(q.shuffleQuestions());
		m.setShuffleOptions(q.shuffleOptions());
		m.setDrawCount(q.drawCount());
		m.setFeedback(q.feedback());
		m.setRevealAnswersWhileAttemptsRemain(q.revealAnswersWhileAttemptsRemain());
		for (QuestionSpec question : q.questions()) {
			ModuleForm.QuestionForm form = new ModuleForm.QuestionForm();
			form.setKey(question.key());
			form.setType(question.type());
			form.setText(question.text());
			form.setRationale(question.rationale());
			question.options()
					.forEach(o -> form.getOptions().add(new ModuleForm.OptionForm(o.key(), o.text(), o.correct())));
			m.getQuestions().add(form);
		}
	}

	private static QuestionSpec question(ModuleForm.QuestionForm q) {
		return new QuestionSpec(q.getKey(), q.getType(), q.getText(),
				q.getOptions().stream().map(o -> new OptionSpec(o.getKey(), o.getText(), o.isCorrect())).toList(),
				q.getRationale());
	}

	private static ActivityForm.FacultyRow faculty(FacultySpec f) {
		ActivityForm.FacultyRow row = new ActivityForm.FacultyRow();
		row.setName(f.name());
		row.setRole(f.role());
		if (f.disclosure() != null) {
			row.setDisclosure(f.disclosure().text());
			row.setDisclosedOn(f.disclosure().disclosedOn());
		}
		return row;
	}

	private static FacultySpec faculty(ActivityForm.FacultyRow row) {
		boolean disclosed = row.getDisclosure() != null || row.getDisclosedOn() != null;
		return new FacultySpec(row.getName(), row.getRole(),
				disclosed ? new DisclosureSpec(row.getDisclosure(), row.getDisclosedOn()) : null);
	}

	private static ActivityForm.CreditRow credit(CreditDesignationSpec c) {
		ActivityForm.CreditRow row = new ActivityForm.CreditRow();
		row.setCreditType(c.creditType());
		row.setAmount(c.amount());
		row.setNote(c.note());
		return row;
	}

	private static CreditDesignationSpec credit(ActivityForm.CreditRow row) {
		return new CreditDesignationSpec(row.getCreditType(), row.getAmount(), blank(row.getNote()));
	}

	private static List<String> lines(String text) {
		return text == null
				? List.of()
				: Arrays.stream(text.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
