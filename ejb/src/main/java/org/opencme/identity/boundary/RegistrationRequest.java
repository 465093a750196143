package org.opencme.identity.boundary;

import java.util.List;
import org.opencme.content.pkg.Profession;

/** What a person enters to open a learner account. */
public record RegistrationRequest(String email, String password, String givenName, String familyName,
		Profession profession, String npi, List<LicenceInput> licences) {

	public RegistrationRequest {
		licences = licences == null ? List.of() : List.copyOf(licences);
	}
}
