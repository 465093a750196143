package org.opencme.identity.boundary;

/** A licence as entered in the registration form. */
public record LicenceInput(@jakarta.validation.constraints.Size(max = 2) String state,
		@jakarta.validation.constraints.Size(max = 40) String number) {

	@jakarta.json.bind.annotation.JsonbTransient
	public boolean isBlank() {
		return (state == null || state.isBlank()) && (number == null || number.isBlank());
	}
}
