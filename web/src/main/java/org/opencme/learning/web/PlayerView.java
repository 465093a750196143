package org.opencme.learning.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.web.CurrentUser;
import org.opencme.learning.boundary.AttemptDetails;
import org.opencme.learning.boundary.AttemptService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;
import org.opencme.learning.boundary.ModuleContent;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * The module player: the list of modules with what is done, and the current
 * module. Quiz answers are sent to the server the moment they are chosen, so
 * leaving the page loses nothing.
 */
@Named
@ViewScoped
public class PlayerView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	EnrollmentService enrollments;

	@Inject
	org.opencme.learning.boundary.EvaluationService evaluations;

	@Inject
	AttemptService attempts;

	@Inject
	CurrentUser currentUser;

	private Long id;
	private String module;
	private EnrollmentSummary enrollment;
	private ModuleContent content;
	private AttemptDetails attempt;
	private final Map<String, String> single = new HashMap<>();
	private final Map<String, List<String>> multiple = new HashMap<>();
	private Integer minutes;
	private String lastSaved;
	private org.opencme.learning.boundary.EvaluationService.EvaluationForm evaluation;
	private final Map<String, String> evaluationAnswers = new HashMap<>();

	public void load() {
		if (id == null) {
			FacesMessages.notFound();
			return;
		}
		enrollment = enrollments.get(learner(), id);
		if (module == null) {
			module = enrollment.nextModule() != null ? enrollment.nextModule() : enrollment.modules().get(0).id();
		}
		open(module);
	}

	public void open(String moduleKey) {
		module = moduleKey;
		content = enrollments.content(learner(), id, moduleKey);
		evaluation = null;
		evaluationAnswers.clear();
		if (content.kind() == ModuleKind.EVALUATION) {
			evaluation = evaluations.form(learner(), id, moduleKey);
			evaluation.items().forEach(i -> evaluationAnswers.put(i.id(), i.answer()));
		}
		attempt = null;
		single.clear();
		multiple.clear();
	}

	/** Saves one evaluation answer as it is given. */
	public void saveEvaluation(String itemKey) {
		run(() -> evaluations.save(learner(), id, module, itemKey, evaluationAnswers.get(itemKey)), null);
	}

	public void submitEvaluation() {
		run(() -> {
			evaluation = evaluations.submit(learner(), id, module);
			enrollment = enrollments.get(learner(), id);
		}, "Thank you for your evaluation.");
	}

	public org.opencme.learning.boundary.EvaluationService.EvaluationForm getEvaluation() {
		return evaluation;
	}

	public java.util.Map<String, String> getEvaluationAnswers() {
		return evaluationAnswers;
	}

	public void markDone() {
		run(() -> enrollment = enrollments.progress(learner(), id, module, EnrollmentService.ProgressReport.done()),
				"Marked as done.");
	}

	public void attest() {
		run(() -> enrollment = enrollments.attest(learner(), id, module, minutes == null ? 0 : minutes),
				"Thank you: your time is recorded.");
	}

	public void startQuiz() {
		run(() -> {
			attempt = attempts.start(learner(), id, module);
			for (AttemptDetails.Question q : attempt.questions()) {
				if ("MULTIPLE_CHOICE".equals(q.type())) {
					multiple.put(q.id(), new java.util.ArrayList<>(q.selected()));
				} else {
					single.put(q.id(), q.selected().stream().findFirst().orElse(null));
				}
			}
		}, null);
	}

	/**
	 * Called on every change of an answer: saved at once. {@link #getLastSaved()}
	 * then names exactly what was stored, which is all the page takes as proof that
	 * a choice is saved.
	 */
	public void save(String questionKey) {
		Set<String> chosen = multiple.containsKey(questionKey)
				? Set.copyOf(multiple.get(questionKey))
				: single.get(questionKey) == null ? Set.of() : Set.of(single.get(questionKey));
		lastSaved = null;
		run(() -> {
			attempts.saveResponse(learner(), attempt.id(), questionKey, chosen);
			lastSaved = questionKey + "=" + String.join(",", new java.util.TreeSet<>(chosen));
		}, null);
	}

	/**
	 * {@code question=option,option} of the answer the last save stored, or null
	 * when it failed.
	 */
	public String getLastSaved() {
		return lastSaved;
	}

	public void submitQuiz() {
		run(() -> {
			attempt = attempts.submit(learner(), attempt.id());
			enrollment = enrollments.get(learner(), id);
		}, null);
	}

	private void run(Runnable step, String done) {
		try {
			step.run();
			if (done != null) {
				FacesContext.getCurrentInstance().addMessage(null,
						new FacesMessage(FacesMessage.SEVERITY_INFO, done, null));
			}
		} catch (DomainException e) {
			FacesMessages.show(e, "player");
		}
	}

	private AuthenticatedAccount learner() {
		return currentUser.required().asAccount();
	}

	/** The texts of a question's correct options, once the feedback shows them. */
	public String optionTexts(AttemptDetails.Question q) {
		return q.options().stream().filter(o -> q.correctOptions() != null && q.correctOptions().contains(o.id()))
				.map(AttemptDetails.Option::text).collect(java.util.stream.Collectors.joining("; "));
	}

	/** Where the video of the current module was left, to resume there. */
	public int getPosition() {
		return enrollment.modules().stream().filter(m -> m.id().equals(module)).findFirst()
				.map(EnrollmentSummary.ModuleState::position).orElse(0);
	}

	public boolean isDone(String moduleKey) {
		return enrollment.modules().stream().anyMatch(m -> m.id().equals(moduleKey) && m.completed());
	}

	public Long getId() {
		return id;
	}

	public void setId(Long id) {
		this.id = id;
	}

	public String getModule() {
		return module;
	}

	public void setModule(String module) {
		this.module = module;
	}

	public EnrollmentSummary getEnrollment() {
		return enrollment;
	}

	public ModuleContent getContent() {
		return content;
	}

	public AttemptDetails getAttempt() {
		return attempt;
	}

	public Map<String, String> getSingle() {
		return single;
	}

	public Map<String, List<String>> getMultiple() {
		return multiple;
	}

	public Integer getMinutes() {
		return minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}
}
