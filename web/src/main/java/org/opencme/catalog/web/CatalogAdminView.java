package org.opencme.catalog.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.opencme.catalog.boundary.CatalogService;
import org.opencme.catalog.boundary.IndexStatus;
import org.opencme.catalog.boundary.SynonymRuleSummary;
import org.opencme.catalog.boundary.SynonymService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * {@code admin/catalog.xhtml}: the search index's status, a rebuild with a
 * progress bar, and the synonym rules administrators add to the shipped list.
 */
@Named
@ViewScoped
public class CatalogAdminView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	CatalogService catalog;

	@Inject
	SynonymService synonyms;

	@Inject
	CurrentUser currentUser;

	private AuthenticatedAccount actor;
	private String newRule;
	private List<SynonymRuleSummary> rules;
	private IndexStatus status;

	@PostConstruct
	void init() {
		actor = currentUser.required().asAccount();
		rules = synonyms.rules();
		status = catalog.status();
	}

	/** Reads the index status again: the poll's listener while a rebuild runs. */
	public void refresh() {
		status = catalog.status();
	}

	public void rebuild() {
		try {
			status = catalog.requestRebuild(actor);
			info("Rebuild started. Searches keep answering from the current index meanwhile.");
		} catch (DomainException e) {
			FacesMessages.show(e, "index");
			status = catalog.status();
		}
	}

	public void addRule() {
		try {
			SynonymRuleSummary added = synonyms.add(actor, newRule);
			rules = synonyms.rules();
			newRule = null;
			info("Added \"" + added.rule() + "\". Searches use it from now on.");
		} catch (DomainException e) {
			FacesMessages.show(e, "synonyms");
		}
	}

	public void removeRule(long id) {
		try {
			SynonymRuleSummary removed = synonyms.remove(actor, id);
			info("Removed \"" + removed.rule() + "\".");
		} catch (DomainException e) {
			FacesMessages.show(e, "synonyms");
		}
		rules = synonyms.rules();
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public IndexStatus getStatus() {
		return status;
	}

	public String getShipped() {
		return synonyms.shipped();
	}

	public List<SynonymRuleSummary> getRules() {
		return rules;
	}

	public String getNewRule() {
		return newRule;
	}

	public void setNewRule(String newRule) {
		this.newRule = newRule;
	}
}
