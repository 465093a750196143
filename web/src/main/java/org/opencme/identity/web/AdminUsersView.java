package org.opencme.identity.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.identity.boundary.AccountDetails;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.Role;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.boundary.Page;
import org.opencme.platform.web.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Administrators list users (lazily, a page at a time) and grant or revoke
 * roles.
 */
@Named
@ViewScoped
public class AdminUsersView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	AccountService accounts;

	@Inject
	CurrentUser currentUser;

	private long adminId;
	private String filter;
	private LazyDataModel<AccountDetails> users;

	@PostConstruct
	void init() {
		adminId = currentUser.required().accountId();
		users = new UsersModel();
	}

	public void toggle(AccountDetails user, Role role) {
		try {
			if (user.roles().contains(role)) {
				accounts.revoke(adminId, user.id(), role);
				info(RoleLabels.label(role) + " taken from " + user.email() + ".");
			} else {
				accounts.grant(adminId, user.id(), role);
				info(RoleLabels.label(role) + " granted to " + user.email() + ".");
			}
		} catch (DomainException e) {
			FacesMessages.show(e, "users");
		}
	}

	/**
	 * Deactivates an account (its sessions and tokens stop at their next request)
	 * or reactivates it.
	 */
	public void toggleEnabled(AccountDetails user) {
		try {
			accounts.setEnabled(adminId, user.id(), !user.enabled());
			info(user.email() + (user.enabled() ? " deactivated." : " reactivated."));
		} catch (DomainException e) {
			FacesMessages.show(e, "users");
		}
	}

	/** A role as people read it. */
	public String roleLabel(Role role) {
		return RoleLabels.label(role);
	}

	/** An account's roles as people read them, widest reach last. */
	public String rolesLabel(Collection<Role> roles) {
		return roles.stream().sorted().map(RoleLabels::label).collect(Collectors.joining(", "));
	}

	public Role[] getGrantableRoles() {
		return new Role[]{Role.PROCTOR, Role.DESIGNER, Role.ADMIN};
	}

	private static void info(String text) {
		FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
	}

	public LazyDataModel<AccountDetails> getUsers() {
		return users;
	}

	public String getFilter() {
		return filter;
	}

	public void setFilter(String filter) {
		this.filter = filter;
	}

	/** Asks the database for one page only. */
	private class UsersModel extends LazyDataModel<AccountDetails> {
		private static final long serialVersionUID = 1L;

		@Override
		public int count(Map<String, FilterMeta> filterBy) {
			return (int) accounts.find(filter, 0, 1, null, true).total();
		}

		@Override
		public List<AccountDetails> load(int first, int pageSize, Map<String, SortMeta> sortBy,
				Map<String, FilterMeta> filterBy) {
			SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
			String field = sort == null ? "familyName" : sort.getField();
			boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
			Page<AccountDetails> page = accounts.find(filter, first, pageSize, field, ascending);
			setRowCount((int) page.total());
			return page.items();
		}

		@Override
		public String getRowKey(AccountDetails user) {
			return String.valueOf(user.id());
		}

		@Override
		public AccountDetails getRowData(String rowKey) {
			return accounts.account(Long.parseLong(rowKey));
		}
	}
}
