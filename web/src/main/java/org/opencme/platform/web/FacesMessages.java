package org.opencme.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import org.opencme.platform.boundary.DomainException;

/**
 * Shows a domain refusal on the page: the summary on top and each field's
 * problem beside the field.
 */
public final class FacesMessages {

	private FacesMessages() {
	}

	/**
	 * {@code formId} is the id of the form whose inputs carry the field names as
	 * ids.
	 */
	public static void show(DomainException e, String formId) {
		FacesContext faces = FacesContext.getCurrentInstance();
		faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
		showFields(e.fieldErrors(), formId);
		faces.validationFailed();
	}

	/**
	 * Each field's problem beside its input (field name → sentence), for a page
	 * that shows the summary itself; a field without an input of that id is shown
	 * on top.
	 */
	public static void showFields(Map<String, String> fieldErrors, String formId) {
		FacesContext faces = FacesContext.getCurrentInstance();
		for (Map.Entry<String, String> error : fieldErrors.entrySet()) {
			String clientId = clientId(faces, formId, error.getKey());
			faces.addMessage(clientId,
					new FacesMessage(FacesMessage.SEVERITY_ERROR, error.getValue(), error.getValue()));
			markInvalid(faces, clientId);
		}
	}

	private static String clientId(FacesContext faces, String formId, String field) {
		String id = formId + ":" + field.replaceAll("[\\[\\]\\.]", "_");
		return faces.getViewRoot().findComponent(":" + id) != null ? id : null;
	}

	private static void markInvalid(FacesContext faces, String clientId) {
		if (clientId == null) {
			return;
		}
		UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
		if (component instanceof jakarta.faces.component.UIInput input) {
			keepWhatWasTyped(faces, input);
			input.setValid(false);
		}
	}

	/**
	 * PrimeFaces renders an invalid input without a submitted value as empty (the
	 * empty-string-as-null setting), which would wipe what the person typed: give
	 * it back its own value, formatted as the component shows it.
	 */
	private static void keepWhatWasTyped(FacesContext faces, jakarta.faces.component.UIInput input) {
		if (input.getSubmittedValue() != null || input instanceof jakarta.faces.component.UISelectMany) {
			return;
		}
		String shown = input instanceof org.primefaces.component.api.UICalendar calendar
				? org.primefaces.util.CalendarUtils.getValueAsString(faces, calendar)
				: org.primefaces.util.ComponentUtils.getValueToRender(faces, input);
		if (shown != null) {
			input.setSubmittedValue(shown);
		}
	}

	/** Answers 404 for a page whose record is missing (no or unknown id). */
	public static void notFound() {
		FacesContext faces = FacesContext.getCurrentInstance();
		try {
			faces.getExternalContext().responseSendError(404, "Not found");
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		faces.responseComplete();
	}
}
