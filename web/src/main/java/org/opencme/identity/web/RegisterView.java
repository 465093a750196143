package org.opencme.identity.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;

/**
 * Self-registration of a learner. On an error every field keeps what was typed
 * (but the password).
 */
@Named
@ViewScoped
public class RegisterView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	AccountService accounts;

	private String email;
	private String password;
	private String givenName;
	private String familyName;
	private Profession profession;
	private String npi;
	private final List<LicenceRow> licences = new ArrayList<>(List.of(new LicenceRow()));
	private boolean registered;

	/** One editable licence line of the form. */
	public static class LicenceRow implements Serializable {
		private static final long serialVersionUID = 1L;
		private String state;
		private String number;

		public String getState() {
			return state;
		}

		public void setState(String state) {
			this.state = state;
		}

		public String getNumber() {
			return number;
		}

		public void setNumber(String number) {
			this.number = number;
		}
	}

	public void register() {
		List<LicenceInput> input = licences.stream().map(l -> new LicenceInput(l.state, l.number)).toList();
		try {
			accounts.register(new RegistrationRequest(email, password, givenName, familyName, profession, npi, input));
			registered = true;
			FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
					"Your account is ready.", "Sign in with your e-mail address and password."));
		} catch (DomainException e) {
			FacesMessages.show(e, "register");
		}
	}

	public void addLicence() {
		licences.add(new LicenceRow());
	}

	public void removeLicence(LicenceRow row) {
		licences.remove(row);
	}

	public Profession[] getProfessions() {
		return Profession.values();
	}

	public List<LicenceRow> getLicences() {
		return licences;
	}

	public boolean isRegistered() {
		return registered;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public Profession getProfession() {
		return profession;
	}

	public void setProfession(Profession profession) {
		this.profession = profession;
	}

	public String getNpi() {
		return npi;
	}

	public void setNpi(String npi) {
		this.npi = npi;
	}
}
