package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.control.Activities;
import org.opencme.authoring.control.ActivityAccess;
import org.opencme.authoring.control.Drafts;
import org.opencme.authoring.control.PublishingRules;
import org.opencme.authoring.control.StoredPackages;
import org.opencme.authoring.entity.Activity;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.PackageArchive;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.content.pkg.PackageReader;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.media.boundary.MediaStore;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * The working copy of an activity as a content package: create, import, read,
 * save, check and export it, attach its files, share it with co-authors. Files
 * go to the media store by content address. Who may do what is
 * {@link ActivityAccess}; the published versions are {@link VersionService}'s.
 */
@Stateless
public class WorkingCopyService {

	static final String RECORD = "Activity";
	/**
	 * The largest content package upload (the zip), 600 MB; what it inflates to is
	 * capped by the package limits.
	 */
	public static final long MAX_PACKAGE_BYTES = 600L * 1024 * 1024;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	MediaStore media;

	@Inject
	CreditTypeService creditTypes;

	@Inject
	AccountService accounts;

	private final PackageReader reader = new PackageReader();
	private final PackageWriter writer = new PackageWriter();
	private final PublishingRules rules = new PublishingRules();

	public ActivitySummary create(AuthenticatedAccount actor, String title, String summary, ActivityFormat format) {
		requireCreator(actor);
		Map<String, String> errors = missing(title, summary, format);
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The activity has errors.", errors);
		}
		ContentPackage pkg = Drafts.empty(title.trim(), summary, format);
		Activity activity = new Activity(title.trim(), summary, format, actor.id(), Instant.now(clock));
		em.persist(activity);
		store(activity, pkg);
		em.flush();
		audit.record(actor.email(), "ACTIVITY_CREATED", RECORD, activity.id(), activity.title());
		return ActivitySummary.of(activity);
	}

	/**
	 * Imports a content package as a new draft; a bad package is refused whole with
	 * every problem listed.
	 */
	public ActivitySummary importPackage(AuthenticatedAccount actor, byte[] zip) {
		requireCreator(actor);
		return importChecked(actor, reader.read(zip));
	}

	/**
	 * Imports the content package in the zip file {@code zip} (an upload spooled to
	 * disk): read with the zip on disk, its files streamed into the media store,
	 * never held in memory.
	 */
	public ActivitySummary importPackage(AuthenticatedAccount actor, Path zip) {
		requireCreator(actor);
		try (PackageArchive archive = reader.open(zip)) {
			return importChecked(actor, archive.contentPackage());
		}
	}

	/**
	 * Stores an uploaded file (streamed, type and size checked) for a module of
	 * {@code kind} in a draft being edited: a document module takes a PDF, a video
	 * module an MP4 or WebM video, whatever the file's name says. The answer is
	 * that file as part of a package, to be saved with it.
	 */
	public PackageFile attach(AuthenticatedAccount actor, String path, InputStream content, ModuleKind kind) {
		requireCreator(actor);
		String sha = switch (kind) {
			case DOCUMENT -> media.put(content, path, "media", "application/pdf"::equals, "a PDF").sha256();
			case VIDEO ->
				media.put(content, path, "media", t -> t.startsWith("video/"), "an MP4 or WebM video").sha256();
			default -> media.put(content, path, "media").sha256();
		};
		return media.asPackageFile(path, sha);
	}

	private ActivitySummary importChecked(AuthenticatedAccount actor, ContentPackage pkg) {
		var spec = pkg.manifest().activity();
		Activity activity = new Activity(spec.title(), spec.summary(), spec.format(), actor.id(), Instant.now(clock));
		em.persist(activity);
		store(activity, pkg);
		em.flush();
		audit.record(actor.email(), "ACTIVITY_IMPORTED", RECORD, activity.id(), spec.title());
		return ActivitySummary.of(activity);
	}

	/** The working copy, for its authors, administrators and reviewers. */
	public ContentPackage draft(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		requireReader(actor, activity);
		return new StoredPackages(media).load(activity.draftManifest(), activity.files());
	}

	/**
	 * Replaces the working copy. {@code expectedVersion} is the version the editor
	 * started from: a save on top of someone else's is refused (nothing is
	 * overwritten). Saving a published activity starts a new draft.
	 */
	public ActivitySummary saveDraft(AuthenticatedAccount actor, long activityId, long expectedVersion,
			ContentPackage pkg) {
		Activity activity = Activities.require(em, activityId);
		if (!ActivityAccess.mayEdit(actor, activity)) {
			throw new NotPermittedException("You may edit only activities you author, and not while in review.");
		}
		if (activity.version() != expectedVersion) {
			throw new ActivityService.StaleEditException(activityId);
		}
		var spec = pkg.manifest().activity();
		Map<String, String> errors = missing(spec == null ? null : spec.title(), spec == null ? null : spec.summary(),
				spec == null ? null : spec.format());
		if (!errors.isEmpty()) {
			throw new InvalidInputException("The activity has errors.", errors);
		}
		store(activity, pkg);
		audit.record(actor.email(), "ACTIVITY_EDITED", RECORD, activityId, activity.title());
		em.flush();
		return ActivitySummary.of(activity);
	}

	/**
	 * Changes only title and summary of the working copy (the REST
	 * {@code PUT /activities/{id}}).
	 */
	public ActivitySummary describe(AuthenticatedAccount actor, long activityId, long expectedVersion, String title,
			String summary) {
		ContentPackage pkg = draft(actor, activityId);
		var a = pkg.manifest().activity();
		var spec = new ActivitySpec(title == null ? null : title.trim(), summary, a.objectives(), a.targetAudience(),
				a.topics(), a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
				a.creditDesignations(), a.releaseDate(), a.expiryDate(), a.feeMinor(), a.currency(), a.capacity());
		return saveDraft(actor, activityId, expectedVersion, Drafts.withActivity(pkg, spec));
	}

	/**
	 * The owner (or an administrator) makes another designer a co-author, who may
	 * then edit the activity. Audited; adding someone twice changes nothing.
	 */
	public ActivitySummary addCoauthor(AuthenticatedAccount actor, long activityId, long coauthorId) {
		Activity activity = Activities.require(em, activityId);
		if (!ActivityAccess.mayShare(actor, activity)) {
			throw new NotPermittedException("Only the activity's owner or an administrator adds co-authors.");
		}
		boolean designer = accounts.authenticated(coauthorId).map(a -> a.roles().contains(Role.DESIGNER)).orElse(false);
		if (!designer) {
			throw new InvalidInputException("A co-author must be a course designer.",
					Map.of("coauthor", "Account " + coauthorId + " is not a course designer."));
		}
		if (!activity.isAuthor(coauthorId)) {
			activity.addCoauthor(coauthorId);
			audit.record(actor.email(), "ACTIVITY_COAUTHOR_ADDED", RECORD, activityId, "account " + coauthorId);
		}
		return ActivitySummary.of(activity);
	}

	/**
	 * What still stops the working copy from being submitted: every problem with
	 * its field.
	 */
	public List<PackageProblem> problems(AuthenticatedAccount actor, long activityId) {
		return problems(draft(actor, activityId));
	}

	public List<PackageProblem> problems(ContentPackage pkg) {
		return rules.problems(pkg, ProviderCalendar.today(clock), increments());
	}

	public byte[] exportDraft(AuthenticatedAccount actor, long activityId) {
		return writer.write(draft(actor, activityId));
	}

	private void store(Activity activity, ContentPackage pkg) {
		StoredPackages stored = new StoredPackages(media);
		Map<String, String> files = stored.storeFiles(pkg);
		var spec = pkg.manifest().activity();
		activity.replaceDraft(spec.title().trim(), spec.summary(), spec.format(), stored.manifestJson(pkg), files,
				Instant.now(clock));
	}

	private Map<String, BigDecimal> increments() {
		return creditTypes.active().stream()
				.collect(Collectors.toMap(CreditTypeSummary::code, CreditTypeSummary::claimIncrement));
	}

	private static void requireReader(AuthenticatedAccount actor, Activity activity) {
		if (!ActivityAccess.mayRead(actor, activity)) {
			throw new NotPermittedException("Only designers and administrators read working copies.");
		}
	}

	private static void requireCreator(AuthenticatedAccount actor) {
		if (!ActivityAccess.mayCreate(actor)) {
			throw new NotPermittedException("Only course designers create activities.");
		}
	}

	private static Map<String, String> missing(String title, String summary, Object format) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (title == null || title.isBlank() || title.trim().length() > ActivitySpec.MAX_TITLE) {
			errors.put("title", "Give the activity a title of at most 300 characters.");
		}
		if (summary != null && summary.length() > ActivitySpec.MAX_SUMMARY) {
			errors.put("summary", "The summary has at most " + ActivitySpec.MAX_SUMMARY + " characters.");
		}
		if (format == null) {
			errors.put("format", "Choose a format.");
		}
		return errors;
	}
}
