package org.opencme.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import org.opencme.platform.boundary.DomainException;

/**
 * Pages answer a refusal with its status, never with a 500: a record that does
 * not exist (or that the caller may not know of) gets the 404 page, another
 * person's record the 403 page, and a post whose view state this session does
 * not hold (expired, made up, or another session's) the 403 page explaining
 * that the page expired. Ajax requests are redirected to those pages. Any other
 * failure is left to the default handler (the 500 page, logged).
 */
public class PageExceptionHandler extends ExceptionHandlerWrapper {

	/** Request attribute telling the 403 page that the view state was unknown. */
	public static final String VIEW_EXPIRED = "org.opencme.viewExpired";

	public PageExceptionHandler(ExceptionHandler wrapped) {
		super(wrapped);
	}

	@Override
	public void handle() {
		FacesContext faces = FacesContext.getCurrentInstance();
		Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
		while (events.hasNext()) {
			int status = statusOf(events.next().getContext().getException());
			if (status != 0) {
				events.remove();
				answer(faces, status);
				break;
			}
		}
		getWrapped().handle();
	}

	/** The page status for a failure, or 0 when it is a real error. */
	static int statusOf(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof ViewExpiredException) {
				return 410;
			}
			if (t instanceof DomainException domain) {
				return switch (domain.kind()) {
					case NOT_FOUND -> 404;
					case FORBIDDEN -> 403;
					default -> 0;
				};
			}
		}
		return 0;
	}

	private static void answer(FacesContext faces, int status) {
		ExternalContext external = faces.getExternalContext();
		if (faces.getResponseComplete() || external.isResponseCommitted()) {
			return;
		}
		try {
			if (faces.getPartialViewContext().isAjaxRequest()) {
				String page = status == 410 ? "expired" : String.valueOf(status);
				external.redirect(external.getRequestContextPath() + "/error/" + page + ".xhtml");
			} else {
				external.responseReset();
				if (status == 410) {
					external.getRequestMap().put(VIEW_EXPIRED, Boolean.TRUE);
				}
				external.responseSendError(status == 410 ? 403 : status, null);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		faces.responseComplete();
	}
}
