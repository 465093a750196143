package org.opencme.authoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.PackageRejectedException;
import org.opencme.identity.web.CurrentUser;
import org.opencme.identity.web.SignedInCaller;
import org.opencme.platform.boundary.DomainException;
import org.opencme.platform.web.FacesMessages;
import org.opencme.platform.web.UploadSpool;
import org.opencme.platform.web.Uploads;
import org.primefaces.event.FileUploadEvent;

/**
 * A designer's home: their activities by status, a form to start a new one, and
 * package import.
 */
@Named
@ViewScoped
public class DesignerHomeView implements Serializable {

	private static final long serialVersionUID = 1L;

	@Inject
	ActivityService activities;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	CurrentUser currentUser;

	private SignedInCaller caller;
	private List<ActivitySummary> drafts;
	private List<ActivitySummary> inReview;
	private List<ActivitySummary> published;
	private List<String> importProblems = List.of();
	private String title;
	private String summary;
	private ActivityFormat format = ActivityFormat.ON_DEMAND;

	@PostConstruct
	void load() {
		caller = currentUser.required();
		drafts = activities.ownedBy(caller.accountId(), ActivityStatus.DRAFT);
		inReview = activities.ownedBy(caller.accountId(), ActivityStatus.IN_REVIEW);
		published = activities.ownedBy(caller.accountId(), ActivityStatus.PUBLISHED);
	}

	public String createDraft() {
		try {
			ActivitySummary created = workingCopies.create(caller.asAccount(), title, summary, format);
			return "/designer/activity?faces-redirect=true&id=" + created.id();
		} catch (DomainException e) {
			FacesMessages.show(e, "newDraft");
			return null;
		}
	}

	/**
	 * Imports a content package; a bad one is refused whole, with every problem
	 * listed. The upload is streamed from its part (on disk) to an owner-only
	 * temporary file and read from there, never into memory.
	 */
	public void importPackage(FileUploadEvent event) {
		importProblems = List.of();
		try (InputStream in = event.getFile().getInputStream();
				UploadSpool spool = UploadSpool.copy(in, WorkingCopyService.MAX_PACKAGE_BYTES)) {
			ActivitySummary created = workingCopies.importPackage(caller.asAccount(), spool.path());
			load();
			FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
					"Imported \"" + created.title() + "\" as a new draft.", null));
		} catch (DomainException e) {
			FacesMessages.show(e, "import");
		} catch (PackageRejectedException rejected) {
			importProblems = rejected.problems().stream()
					.map(p -> (p.path().isEmpty() ? "" : p.path() + ": ") + p.message()).collect(Collectors.toList());
			FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
					"The package was refused: " + importProblems.size() + " problem(s). Nothing was stored.", null));
		} catch (UploadSpool.TooLargeException e) {
			error("The package is larger than " + WorkingCopyService.MAX_PACKAGE_BYTES / 1024 / 1024 + " MB.");
		} catch (IOException e) {
			error("The package could not be read; try the upload again.");
		} finally {
			Uploads.discard(event.getFile());
		}
	}

	private static void error(String message) {
		FacesContext.getCurrentInstance().addMessage(null,
				new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
	}

	public ActivityFormat[] getFormats() {
		return ActivityFormat.values();
	}

	public List<ActivitySummary> getDrafts() {
		return drafts;
	}

	public List<ActivitySummary> getInReview() {
		return inReview;
	}

	public List<ActivitySummary> getPublished() {
		return published;
	}

	public List<String> getImportProblems() {
		return importProblems;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public ActivityFormat getFormat() {
		return format;
	}

	public void setFormat(ActivityFormat format) {
		this.format = format;
	}
}
