package org.opencme.identity.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;

/**
 * Checks a registration and names every field that is wrong, so the page can
 * show them all at once.
 */
public final class RegistrationValidator {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");
	private static final Pattern NPI = Pattern.compile("^\\d{10}$");
	private static final Set<String> STATES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA",
			"HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
			"NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
			"WA", "WV", "WI", "WY", "PR", "GU", "VI", "AS", "MP");

	private RegistrationValidator() {
	}

	public static Map<String, String> problems(RegistrationRequest r) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (r.email() == null || r.email().length() > 254 || !EMAIL.matcher(r.email().trim()).matches()) {
			errors.put("email", "Enter a valid e-mail address.");
		}
		PasswordPolicy.problem(r.password(), r.email()).ifPresent(p -> errors.put("password", p));
		requireName(errors, "givenName", r.givenName(), "Enter your given name.");
		requireName(errors, "familyName", r.familyName(), "Enter your family name.");
		if (r.profession() == null) {
			errors.put("profession", "Choose your profession.");
		}
		if (r.npi() != null && !r.npi().isBlank() && !isValidNpi(r.npi().trim())) {
			errors.put("npi", "An NPI has 10 digits with a valid check digit.");
		}
		for (int i = 0; i < r.licences().size(); i++) {
			checkLicence(errors, i, r.licences().get(i));
		}
		return errors;
	}

	/**
	 * The NPI check digit: Luhn over the 9 digits with the 80840 prefix (CMS NPI
	 * standard).
	 */
	public static boolean isValidNpi(String npi) {
		if (!NPI.matcher(npi).matches()) {
			return false;
		}
		String digits = "80840" + npi;
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 1) {
				d *= 2;
				d = d > 9 ? d - 9 : d;
			}
			sum += d;
		}
		return sum % 10 == 0;
	}

	public static boolean isState(String code) {
		return code != null && STATES.contains(code.trim().toUpperCase());
	}

	private static void checkLicence(Map<String, String> errors, int index, LicenceInput licence) {
		if (licence.isBlank()) {
			return;
		}
		if (!isState(licence.state())) {
			errors.put("licences[" + index + "].state", "Choose the state that issued the licence.");
		}
		if (licence.number() == null || licence.number().isBlank() || licence.number().trim().length() > 40) {
			errors.put("licences[" + index + "].number", "Enter the licence number (at most 40 characters).");
		}
	}

	private static void requireName(Map<String, String> errors, String field, String value, String message) {
		if (value == null || value.isBlank() || value.trim().length() > 100) {
			errors.put(field, message);
		}
	}
}
