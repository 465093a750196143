package org.opencme.identity.control;

/**
 * Bean Validation reads {@code {...}} and {@code ${...}} in a message as
 * placeholders; a message composed at run time must have them escaped.
 */
final class Templates {

	private Templates() {
	}

	static String literal(String message) {
		return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
	}
}
