package org.opencme.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.ApiTokenService;
import org.opencme.identity.boundary.ApiTokenSummary;
import org.opencme.identity.boundary.CreatedToken;
import org.opencme.identity.boundary.ReportingIdentity;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * The signed-in person's profile and personal API tokens (created, shown once,
 * revoked).
 */
@Named
@ViewScoped
public class ProfileView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	AccountService accounts;

	@Inject
	ApiTokenService tokens;

	@Inject
	CurrentUser currentUser;

	private long accountId;
	private AccountDetails account;
	private List<ApiTokenSummary> tokenList;
	private String newTokenName;
	private String newTokenSecret;
	private ReportingIdentity reporting;
	private ReportingDetailsForm reportingForm;

	@PostConstruct
	void load() {
		accountId = currentUser.required().accountId();
		account = accounts.account(accountId);
		tokenList = tokens.list(accountId);
		reporting = accounts.reportingIdentity(accountId);
		reportingForm = ReportingDetailsForm.of(reporting);
	}

	/**
	 * Saves the credit reporting fields; a refusal names each field and keeps what
	 * was typed.
	 */
	public void saveReporting() {
		try {
			reporting = accounts.updateReportingDetails(accountId, reportingForm.toDetails());
			account = accounts.account(accountId);
			reportingForm = ReportingDetailsForm.of(reporting);
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_INFO, "Reporting details saved.", null));
		} catch (DomainException e) {
			FacesMessages.show(e, "reporting");
		}
	}

	/** The account's roles in words, e.g. "Learner, Course designer". */
	public String getRoleNames() {
		return account.roles().stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", "));
	}

	public ReportingIdentity getReporting() {
		return reporting;
	}

	public ReportingDetailsForm getReportingForm() {
		return reportingForm;
	}

	public void createToken() {
		try {
			CreatedToken created = tokens.create(accountId, newTokenName);
			newTokenSecret = created.secret();
			newTokenName = null;
			tokenList = tokens.list(accountId);
			FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
					"Token \"" + created.name() + "\" created.", "Copy it now: it is shown only once."));
		} catch (DomainException e) {
			FacesMessages.show(e, "tokens");
		}
	}

	public void revoke(long tokenId) {
		try {
			tokens.revoke(accountId, tokenId);
			tokenList = tokens.list(accountId);
			newTokenSecret = null;
			FacesContext.getCurrentInstance().addMessage(null,
					new FacesMessage(FacesMessage.SEVERITY_INFO, "Token revoked.", null));
		} catch (DomainException e) {
			FacesMessages.show(e, "tokens");
		}
	}

	public AccountDetails getAccount() {
		return account;
	}

	public List<ApiTokenSummary> getTokens() {
		return tokenList;
	}

	public String getNewTokenName() {
		return newTokenName;
	}

	public void setNewTokenName(String newTokenName) {
		this.newTokenName = newTokenName;
	}

	public String getNewTokenSecret() {
		return newTokenSecret;
	}
}
