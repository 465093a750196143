package org.opencme.authoring.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.opencme.authoring.boundary.ActivityPermissions;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.authoring.boundary.VersionSummary;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.content.markup.MarkdownRenderer;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.EvaluationItemType;
import org.opencme.content.pkg.FeedbackTiming;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.content.pkg.Profession;
import org.opencme.content.pkg.QuestionType;
import org.opencme.content.pkg.QuizRole;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;
import org.opencme.platform.web.Uploads;
import org.primefaces.event.FileUploadEvent;

/**
 * The activity editor: every field of the working copy, ordered modules with a
 * live preview, the question bank, completion criteria, and what is still
 * missing before review. Holds the form between requests, so a refused save
 * keeps everything the designer typed.
 */
@Named
@ViewScoped
public class ActivityEditorView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	VersionService versions;

	@Inject
	ActivityService activities;

	@Inject
	ReviewService review;

	@Inject
	CreditTypeService creditTypes;

	@Inject
	CurrentUser currentUser;

	private Long id;
	private ActivitySummary summary;
	private ActivityPermissions permissions;
	private ActivityForm form;
	private int selected = -1;
	private ModuleKind newKind = ModuleKind.CONTENT;
	private List<PackageProblem> problems = List.of();

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		show(activities.detailSummary(actor(), id));
		form = ActivityForms.from(workingCopies.draft(actor(), id));
		checkProblems();
	}

	public void save() {
		try {
			show(workingCopies.saveDraft(actor(), id, summary.version(), ActivityForms.toPackage(form)));
			checkProblems();
			info("Saved.",
					problems.isEmpty()
							? "Nothing is missing: you can submit it for review."
							: problems.size() + " thing(s) still missing before review.");
		} catch (DomainException e) {
			FacesMessages.show(e, "editor");
		}
	}

	public void submit() {
		save();
		if (FacesContext.getCurrentInstance().isValidationFailed() || !problems.isEmpty()) {
			return;
		}
		try {
			show(review.submit(actor(), id));
			info("Submitted for review.", "Another designer or an administrator will review it.");
		} catch (DomainException e) {
			FacesMessages.show(e, "editor");
		}
	}

	public void checkProblems() {
		problems = workingCopies.problems(ActivityForms.toPackage(form));
	}

	public void addModule() {
		ModuleForm module = new ModuleForm();
		module.setKind(newKind);
		module.setKey(uniqueKey(newKind.name().toLowerCase().replace('_', '-')));
		module.setTitle(label(newKind));
		form.getModules().add(module);
		selected = form.getModules().size() - 1;
	}

	public void removeModule(ModuleForm module) {
		form.getModules().remove(module);
		form.getRequiredModules().remove(module.getKey());
		selected = -1;
	}

	public void move(ModuleForm module, int by) {
		List<ModuleForm> modules = form.getModules();
		int from = modules.indexOf(module);
		int to = from + by;
		if (from >= 0 && to >= 0 && to < modules.size()) {
			modules.remove(from);
			modules.add(to, module);
			selected = to;
		}
	}

	public void edit(ModuleForm module) {
		selected = form.getModules().indexOf(module);
	}

	public ModuleForm getSelectedModule() {
		return selected >= 0 && selected < form.getModules().size() ? form.getModules().get(selected) : null;
	}

	public String preview(ModuleForm module) {
		return module == null || module.getMarkdown() == null ? "" : MarkdownRenderer.toSafeHtml(module.getMarkdown());
	}

	public void addQuestion(ModuleForm quiz) {
		ModuleForm.QuestionForm q = new ModuleForm.QuestionForm();
		q.setKey("q" + (quiz.getQuestions().size() + 1) + "-" + Long.toString(System.nanoTime() % 100000, 36));
		q.getOptions().add(new ModuleForm.OptionForm("a", "", true));
		q.getOptions().add(new ModuleForm.OptionForm("b", "", false));
		quiz.getQuestions().add(q);
	}

	public void removeQuestion(ModuleForm quiz, ModuleForm.QuestionForm question) {
		quiz.getQuestions().remove(question);
	}

	public void addOption(ModuleForm.QuestionForm question) {
		question.getOptions()
				.add(new ModuleForm.OptionForm(String.valueOf((char) ('a' + question.getOptions().size())), "", false));
	}

	public void removeOption(ModuleForm.QuestionForm question, ModuleForm.OptionForm option) {
		question.getOptions().remove(option);
	}

	public void addItem(ModuleForm evaluation) {
		ModuleForm.ItemForm item = new ModuleForm.ItemForm();
		item.setKey("e" + (evaluation.getItems().size() + 1));
		evaluation.getItems().add(item);
	}

	public void addFaculty() {
		form.getFaculty().add(new ActivityForm.FacultyRow());
	}

	public void addCredit() {
		form.getCredits().add(new ActivityForm.CreditRow());
	}

	/**
	 * A PDF or video for the selected module, streamed from the uploaded part (on
	 * disk) into the media store, its type and size checked there; the draft refers
	 * to it when saved. Never read into memory.
	 */
	public void upload(FileUploadEvent event) {
		ModuleForm module = getSelectedModule();
		if (module == null) {
			return;
		}
		String name = event.getFile().getFileName().replaceAll("[^A-Za-z0-9._-]", "_");
		String path = "media/" + module.getKey() + "-" + name;
		try (InputStream in = event.getFile().getInputStream()) {
			form.getMediaFiles().put(path, workingCopies.attach(actor(), path, in, module.getKind()));
			module.setMedia(path);
			info("\"" + name + "\" attached.", "The draft refers to it when you save.");
		} catch (DomainException e) {
			FacesMessages.show(e, "editor");
		} catch (IOException e) {
			FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
					"\"" + name + "\" could not be read; try the upload again.", null));
		} finally {
			Uploads.discard(event.getFile());
		}
	}

	public List<VersionSummary> getVersions() {
		return versions.versions(id);
	}

	private String uniqueKey(String base) {
		int n = 1;
		while (true) {
			String candidate = base + "-" + n;
			if (form.getModules().stream().noneMatch(m -> candidate.equals(m.getKey()))) {
				return candidate;
			}
			n++;
		}
	}

	private static String label(ModuleKind kind) {
		String text = kind.name().toLowerCase().replace('_', ' ');
		return "New " + text + " module";
	}

	private AuthenticatedAccount actor() {
		return currentUser.required().asAccount();
	}

	private static void info(String summary, String detail) {
		FacesContext.getCurrentInstance().addMessage(null,
				new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
	}

	public List<CreditTypeSummary> getCreditTypes() {
		return creditTypes.active();
	}

	public ModuleKind[] getModuleKinds() {
		return ModuleKind.values();
	}

	public ActivityFormat[] getFormats() {
		return ActivityFormat.values();
	}

	public Profession[] getProfessions() {
		return Profession.values();
	}

	public QuestionType[] getQuestionTypes() {
		return QuestionType.values();
	}

	public QuizRole[] getQuizRoles() {
		return QuizRole.values();
	}

	public FeedbackTiming[] getFeedbackTimings() {
		return FeedbackTiming.values();
	}

	public EvaluationItemType[] getItemTypes() {
		return EvaluationItemType.values();
	}

	/** Whether this account may change the working copy now (authoring's rule). */
	public boolean isEditable() {
		return permissions != null && permissions.edit();
	}

	private void show(ActivitySummary shown) {
		summary = shown;
		permissions = activities.permissions(actor(), id);
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public ActivitySummary getSummary() {
		return summary;
	}

	public ActivityForm getForm() {
		return form;
	}

	public List<PackageProblem> getProblems() {
		return problems;
	}

	public ModuleKind getNewKind() {
		return newKind;
	}

	public void setNewKind(ModuleKind newKind) {
		this.newKind = newKind;
	}
}
