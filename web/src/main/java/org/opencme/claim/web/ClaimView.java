package org.opencme.claim.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.claim.boundary.ClaimOutcome;
import org.opencme.claim.boundary.ClaimPage;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.claim.boundary.ClaimSummary;
import org.opencme.claim.boundary.RequestedCredit;
import org.opencme.claim.control.ClaimFields;
import org.opencme.claim.control.ClaimOption;
import org.opencme.claim.control.Eligibility;
import org.opencme.claim.control.FieldProblem;
import org.opencme.claim.control.Increments;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.ReportingDetailsForm;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * The claim page of one of the learner's enrolments
 * ({@code learner/claim.xhtml?enrollment=N}): what is still missing before
 * completion; after it, one row per type the learner may claim (maximum, limit,
 * steps) with an amount checked as it is typed, the reporting details still
 * missing (saved before the claim), and the claims made so far. A refusal names
 * each field and keeps what was typed.
 */
@Named
@ViewScoped
public class ClaimView implements Serializable {

	private static final long serialVersionUID = 1L;

	/** The form's id: the reporting inputs carry their field names as ids. */
	static final String FORM = "claim";

	/**
	 * The input beside which a missing detail is named: the reporting fields of a
	 * claim ({@code ReportingRequirements}) by the include's input ids.
	 */
	static final Map<String, String> INPUTS = Map.of("birthday", "birthMonth", "licence", "npi", "reportPermission",
			"permitReporting");

	@Inject
	ClaimService claims;

	@Inject
	AccountService accounts;

	@Inject
	CurrentUser currentUser;

	private Long enrollment;
	private ClaimPage page;
	private final Map<String, BigDecimal> amounts = new HashMap<>();
	private final Map<String, String> checks = new HashMap<>();
	private ReportingDetailsForm reportingForm;
	private ClaimSummary claimed;

	@PostConstruct
	void init() {
		reportingForm = new ReportingDetailsForm();
	}

	/** The view action: loads the page of the enrolment, or answers 404. */
	public void load() {
		if (FacesContext.getCurrentInstance().isPostback()) {
			return;
		}
		if (enrollment == null) {
			FacesMessages.notFound();
			return;
		}
		reload();
		reportingForm = ReportingDetailsForm.of(accounts.reportingIdentity(currentUser.required().accountId()));
		reportingForm.setAsk(getMissingFields());
	}

	private void reload() {
		page = claims.page(currentUser.required().asAccount(), enrollment);
	}

	/** The live check of one row's amount, shown beside its input. */
	public void check(String code) {
		option(code).flatMap(
				o -> claims.checkAmount(currentUser.required().asAccount(), enrollment, code, amounts.get(code)))
				.ifPresentOrElse(sentence -> checks.put(code, sentence), () -> checks.remove(code));
	}

	/**
	 * Saves the missing reporting details (if any were asked), then claims every
	 * row with an amount.
	 */
	public void claim() {
		var learner = currentUser.required();
		checks.clear();
		try {
			if (!page.missingForReported().isEmpty()) {
				accounts.updateReportingDetails(learner.accountId(), reportingForm.toDetails());
			}
			List<RequestedCredit> lines = page.options().options().stream()
					.filter(o -> !o.claimed() && amounts.get(o.code()) != null)
					.map(o -> new RequestedCredit(o.code(), amounts.get(o.code()))).toList();
			claimed = claims.claim(learner.asAccount(), enrollment, lines);
			amounts.clear();
			reload();
			reportingForm.setAsk(getMissingFields());
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_INFO, "Claimed: " + lines(claimed) + ".", null));
		} catch (DomainException e) {
			show(e);
		}
	}

	/**
	 * The refusal on top, and each field's sentence beside its input: a claim
	 * line's beside its row, a reporting detail's beside that input.
	 */
	private void show(DomainException e) {
		FacesContext faces = FacesContext.getCurrentInstance();
		faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
		Map<String, String> reporting = new LinkedHashMap<>();
		for (Map.Entry<String, String> error : e.fieldErrors().entrySet()) {
			String field = error.getKey();
			String code = codeOf(field);
			if (code != null && option(code).isPresent()) {
				checks.put(code, error.getValue());
			} else if (field.equals(ClaimFields.CLAIMS) || field.startsWith(ClaimFields.CLAIMS + "[")) {
				if (!error.getValue().equals(e.getMessage())) {
					faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), null));
				}
			} else {
				reporting.put(field, error.getValue());
			}
		}
		if (!reporting.isEmpty()) {
			if (e.kind() == DomainException.Kind.MISSING_DETAILS) {
				Set<String> ask = new java.util.HashSet<>(getMissingFields());
				ask.addAll(reporting.keySet());
				reportingForm.setAsk(ask);
			}
			Map<String, String> beside = new LinkedHashMap<>();
			reporting.forEach((field, sentence) -> beside.merge(INPUTS.getOrDefault(field, field), sentence,
					(a, b) -> a + " " + b));
			FacesMessages.showFields(beside, FORM);
		}
		faces.validationFailed();
	}

	/** {@code AMA_PRA_1} of {@code claims[AMA_PRA_1].amount}, else null. */
	static String codeOf(String field) {
		String prefix = ClaimFields.CLAIMS + "[";
		int end = field.indexOf(']');
		return field.startsWith(prefix) && end > prefix.length() ? field.substring(prefix.length(), end) : null;
	}

	private java.util.Optional<ClaimOption> option(String code) {
		return page == null
				? java.util.Optional.empty()
				: page.options().options().stream().filter(o -> o.code().equals(code)).findFirst();
	}

	/** The reporting fields a reported type still needs, by name. */
	public Set<String> getMissingFields() {
		return page == null
				? Set.of()
				: page.missingForReported().stream().map(FieldProblem::field).collect(Collectors.toSet());
	}

	/**
	 * "1.25 AMA PRA Category 1 Credit™, 1.5 ANCC contact hours", or "1.5 hour(s) of
	 * participation".
	 */
	public String lines(ClaimSummary claim) {
		if (claim.outcome() == ClaimOutcome.PARTICIPATION) {
			return claim.lines().stream().map(l -> Increments.show(l.amount()) + " " + l.type().unitLabel())
					.collect(Collectors.joining(", ")) + " of participation";
		}
		return claim.lines().stream().map(l -> Increments.show(l.amount()) + " " + l.type().name())
				.collect(Collectors.joining(", "));
	}

	/** An amount as people read it: 1.5, 1.25, 2. */
	public String show(BigDecimal amount) {
		return amount == null ? "" : Increments.show(amount);
	}

	public boolean isCompleted() {
		return page != null && page.facts().completed();
	}

	public boolean isParticipation() {
		return page != null && page.options().outcome() == Eligibility.Outcome.PARTICIPATION;
	}

	public boolean isNothingToClaim() {
		return page != null && page.options().outcome() == Eligibility.Outcome.NONE;
	}

	/** Whether some row may still be claimed. */
	public boolean isOpen() {
		return isCompleted() && page.options().options().stream().anyMatch(o -> !o.claimed());
	}

	/** Whether the reporting inputs are shown. */
	public boolean isAsking() {
		return isOpen() && !page.missingForReported().isEmpty();
	}

	public String check(ClaimOption option) {
		return checks.get(option.code());
	}

	public Long getEnrollment() {
		return enrollment;
	}

	public void setEnrollment(Long enrollment) {
		this.enrollment = enrollment;
	}

	public ClaimPage getPage() {
		return page;
	}

	public Map<String, BigDecimal> getAmounts() {
		return amounts;
	}

	public ReportingDetailsForm getReportingForm() {
		return reportingForm;
	}

	/** The claim just made on this page, if any. */
	public ClaimSummary getClaimed() {
		return claimed;
	}
}
