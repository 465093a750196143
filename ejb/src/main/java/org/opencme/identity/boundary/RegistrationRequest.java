package org.opencme.identity.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;
import java.util.List;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.control.AcceptablePassword;
import org.opencme.identity.control.IssuedLicence;
import org.opencme.identity.control.Npi;

/**
 * What a person enters to open a learner account. The constraints are the
 * registration's rules (checked by {@link AccountService#register}); the
 * password policy is checked on the whole request ({@link AcceptablePassword}),
 * and each licence line by {@link IssuedLicence}. The e-mail pattern allows
 * surrounding blanks because the address is stored trimmed.
 */
@AcceptablePassword
public record RegistrationRequest(
		@NotNull(message = EMAIL) @Size(max = 254, message = EMAIL) @Pattern(regexp = "^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}\\s*$", message = EMAIL) String email,
		String password,
		@NotBlank(message = "Enter your given name.") @Size(max = 100, message = "Enter your given name.") String givenName,
		@NotBlank(message = "Enter your family name.") @Size(max = 100, message = "Enter your family name.") String familyName,
		@NotNull(message = "Choose your profession.") Profession profession, @Npi String npi,
		List<@Valid @ConvertGroup(from = Default.class, to = LicenceInput.Entered.class) LicenceInput> licences) {

	static final String EMAIL = "Enter a valid e-mail address.";

	public RegistrationRequest {
		licences = licences == null ? List.of() : List.copyOf(licences);
	}
}
