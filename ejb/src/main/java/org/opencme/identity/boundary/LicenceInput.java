package org.opencme.identity.boundary;

import org.opencme.identity.control.IssuedLicence;

/**
 * A licence as entered in the registration form. The sizes bound a JSON body as
 * soon as it is read; the rules of a filled line ({@link IssuedLicence}) belong
 * to the registration and run in its group {@link Entered} only.
 */
@IssuedLicence(groups = LicenceInput.Entered.class)
public record LicenceInput(@jakarta.validation.constraints.Size(max = 2) String state,
		@jakarta.validation.constraints.Size(max = 40) String number) {

	/** The group of the registration's licence rules. */
	public interface Entered {
	}

	@jakarta.json.bind.annotation.JsonbTransient
	public boolean isBlank() {
		return (state == null || state.isBlank()) && (number == null || number.isBlank());
	}
}
