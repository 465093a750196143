package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.control.Activities;
import org.opencme.authoring.control.Drafts;
import org.opencme.authoring.control.PublishingRules;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityVersion;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageArchive;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageProblem;
import org.opencme.content.pkg.PackageReader;
import org.opencme.content.pkg.PackageRejectedException;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.content.pkg.SessionModuleSpec;
import org.opencme.credit.boundary.CreditTypeService;
import org.opencme.credit.boundary.CreditTypeSummary;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;
import org.opencme.media.boundary.MediaStore;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;
import org.opencme.platform.boundary.ProviderCalendar;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * The working copy of an activity as a content package: create, read, save,
 * check, import and export, and the immutable published versions. Files go to
 * the media store by content address.
 */
@Stateless
public class AuthoringService {

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
		requireDesigner(actor);
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
		requireDesigner(actor);
		return importChecked(actor, reader.read(zip));
	}

	/**
	 * Imports the content package in the zip file {@code zip} (an upload spooled to
	 * disk): read with the zip on disk, its files streamed into the media store,
	 * never held in memory.
	 */
	public ActivitySummary importPackage(AuthenticatedAccount actor, java.nio.file.Path zip) {
		requireDesigner(actor);
		try (PackageArchive archive = reader.open(zip)) {
			return importChecked(actor, archive.contentPackage());
		}
	}

	/**
	 * Stores an uploaded file (streamed, type and size checked) for a draft being
	 * edited; the answer is that file as part of a package, to be saved with it.
	 */
	public PackageFile attach(AuthenticatedAccount actor, String path, java.io.InputStream content) {
		requireDesigner(actor);
		String sha = media.put(content, path, "media").sha256();
		return media.asPackageFile(path, sha);
	}

	/**
	 * As {@link #attach(AuthenticatedAccount, String, java.io.InputStream)}, for a
	 * module of {@code kind}: a document module takes a PDF, a video module an MP4
	 * or WebM video, whatever the file's name says.
	 */
	public PackageFile attach(AuthenticatedAccount actor, String path, java.io.InputStream content, ModuleKind kind) {
		requireDesigner(actor);
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
		return load(activity.draftManifest(), activity.files());
	}

	/**
	 * Replaces the working copy. {@code expectedVersion} is the version the editor
	 * started from: a save on top of someone else's is refused (nothing is
	 * overwritten). Saving a published activity starts a new draft.
	 */
	public ActivitySummary saveDraft(AuthenticatedAccount actor, long activityId, long expectedVersion,
			ContentPackage pkg) {
		Activity activity = Activities.require(em, activityId);
		if (!activity.isEditableBy(actor.id(), actor.roles())) {
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
	 * The activity as it is shown: the live version to anyone; otherwise the
	 * working copy to those who may read it. Others get "not found", so drafts stay
	 * private.
	 */
	public ActivityDetail detail(java.util.Optional<AuthenticatedAccount> caller, long activityId) {
		Activity activity = Activities.require(em, activityId);
		ActivitySummary summary = ActivitySummary.of(activity);
		if (activity.isLive()) {
			return ActivityDetail.of(summary, activity.liveVersionNo(), version(activityId, activity.liveVersionNo()));
		}
		boolean reader = caller.map(
				c -> activity.isAuthor(c.id()) || c.roles().contains(Role.ADMIN) || c.roles().contains(Role.DESIGNER))
				.orElse(false);
		if (!reader) {
			throw new RecordNotFoundException(RECORD, activityId);
		}
		return ActivityDetail.of(summary, null, draft(caller.get(), activityId));
	}

	/**
	 * The live and proctored session modules of an activity, for scheduling its
	 * sessions: only its authors (course designers) and administrators schedule.
	 */
	public Map<String, String> sessionModules(AuthenticatedAccount actor, long activityId) {
		requireScheduler(actor, activityId);
		Map<String, String> modules = new java.util.LinkedHashMap<>();
		for (ModuleSpec module : draft(actor, activityId).manifest().modules()) {
			if (module instanceof SessionModuleSpec session) {
				modules.put(session.key(), session.title());
			}
		}
		return modules;
	}

	/**
	 * Attendance's one question to authoring: may this account schedule (and
	 * cancel) sessions of this activity? Its authors who are course designers, and
	 * administrators.
	 *
	 * @throws NotPermittedException
	 *             when not
	 * @throws RecordNotFoundException
	 *             for a missing activity
	 */
	public void requireScheduler(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		boolean scheduler = actor.roles().contains(Role.ADMIN)
				|| actor.roles().contains(Role.DESIGNER) && activity.isAuthor(actor.id());
		if (!scheduler) {
			throw new NotPermittedException("Only the activity's authors and administrators schedule its sessions.");
		}
	}

	/** The activity's summary for those who may read its working copy. */
	public ActivitySummary detailSummary(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		requireReader(actor, activity);
		return ActivitySummary.of(activity);
	}

	/**
	 * The working copy as a learner would see it, for the designer's and the
	 * reviewer's preview.
	 */
	public ActivityDetail preview(AuthenticatedAccount actor, long activityId) {
		Activity activity = Activities.require(em, activityId);
		requireReader(actor, activity);
		return ActivityDetail.of(ActivitySummary.of(activity), null, draft(actor, activityId));
	}

	/**
	 * The owner (or an administrator) makes another designer a co-author, who may
	 * then edit the activity. Audited; adding someone twice changes nothing.
	 */
	public ActivitySummary addCoauthor(AuthenticatedAccount actor, long activityId, long coauthorId) {
		Activity activity = Activities.require(em, activityId);
		boolean mayShare = actor.roles().contains(Role.ADMIN) || activity.ownerId() == actor.id();
		if (!mayShare) {
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
	 * Every activity that holds the stored file, in a published version or in its
	 * working copy, for the media access rule (learning's
	 * {@code MediaAccessService}).
	 */
	public List<MediaHolder> mediaHolders(String sha256) {
		List<MediaHolder> holders = new java.util.ArrayList<>();
		List<?> versions = em
				.createNativeQuery("SELECT DISTINCT v.activity_id, v.version_no FROM activity_version_file f"
						+ " JOIN activity_version v ON v.id = f.version_id WHERE f.sha256 = ?1")
				.setParameter(1, sha256).getResultList();
		for (Object row : versions) {
			Object[] columns = (Object[]) row;
			Activity activity = em.find(Activity.class, ((Number) columns[0]).longValue());
			holders.add(new MediaHolder(activity.id(), ((Number) columns[1]).intValue(), activity.ownerId(),
					activity.coauthors()));
		}
		List<?> drafts = em.createNativeQuery("SELECT DISTINCT activity_id FROM activity_file WHERE sha256 = ?1")
				.setParameter(1, sha256).getResultList();
		for (Object id : drafts) {
			Activity activity = em.find(Activity.class, ((Number) id).longValue());
			holders.add(new MediaHolder(activity.id(), null, activity.ownerId(), activity.coauthors()));
		}
		return holders;
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

	/**
	 * A published version: immutable, readable by anyone (learners take it,
	 * auditors read it).
	 */
	public ContentPackage version(long activityId, int versionNo) {
		ActivityVersion version = versionEntity(activityId, versionNo);
		return load(version.manifest(), version.files());
	}

	/**
	 * Only the manifest of a published version (no media read): what learning needs
	 * to run it.
	 */
	public ActivityManifest versionManifest(long activityId, int versionNo) {
		return reader.manifest(versionEntity(activityId, versionNo).manifest().getBytes(StandardCharsets.UTF_8));
	}

	/** A file of a published version, e.g. the Markdown of a content module. */
	public java.util.Optional<byte[]> versionFile(long activityId, int versionNo, String path) {
		String sha = versionEntity(activityId, versionNo).files().get(path);
		return sha == null ? java.util.Optional.empty() : java.util.Optional.of(media.read(sha));
	}

	/**
	 * The sha256 under which a published version's file is stored (for /media
	 * links).
	 */
	public java.util.Optional<String> versionFileSha(long activityId, int versionNo, String path) {
		return java.util.Optional.ofNullable(versionEntity(activityId, versionNo).files().get(path));
	}

	public byte[] exportVersion(long activityId, int versionNo) {
		return writer.write(version(activityId, versionNo));
	}

	public List<VersionSummary> versions(long activityId) {
		return em
				.createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id ORDER BY v.versionNo",
						ActivityVersion.class)
				.setParameter("id", activityId).getResultList().stream()
				.map(v -> new VersionSummary(v.id(), v.versionNo(), v.title(), v.publishedAt(), v.approvedBy()))
				.toList();
	}

	ActivityVersion versionEntity(long activityId, int versionNo) {
		return em
				.createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id AND v.versionNo = :no",
						ActivityVersion.class)
				.setParameter("id", activityId).setParameter("no", versionNo).getResultStream().findFirst()
				.orElseThrow(() -> new RecordNotFoundException("Version " + versionNo + " of activity", activityId));
	}

	private void store(Activity activity, ContentPackage pkg) {
		Map<String, String> files = new LinkedHashMap<>();
		for (PackageFile file : pkg.files()) {
			files.put(file.path(), media.put(file, "files").sha256());
		}
		var spec = pkg.manifest().activity();
		String json = new String(writer.manifestJson(pkg), StandardCharsets.UTF_8);
		activity.replaceDraft(spec.title().trim(), spec.summary(), spec.format(), json, files, Instant.now(clock));
	}

	/** A stored package; its files stay in the media store until read. */
	private ContentPackage load(String manifestJson, Map<String, String> files) {
		List<PackageFile> contents = files.entrySet().stream().map(e -> media.asPackageFile(e.getKey(), e.getValue()))
				.toList();
		try {
			return reader.assemble(manifestJson.getBytes(StandardCharsets.UTF_8), contents, false);
		} catch (PackageRejectedException e) {
			throw new IllegalStateException("A stored activity package cannot be read: " + e.problems(), e);
		}
	}

	private Map<String, BigDecimal> increments() {
		return creditTypes.active().stream()
				.collect(Collectors.toMap(CreditTypeSummary::code, CreditTypeSummary::claimIncrement));
	}

	private static void requireReader(AuthenticatedAccount actor, Activity activity) {
		boolean reader = activity.isAuthor(actor.id()) || actor.roles().contains(Role.ADMIN)
				|| actor.roles().contains(Role.DESIGNER);
		if (!reader) {
			throw new NotPermittedException("Only designers and administrators read working copies.");
		}
	}

	static void requireDesigner(AuthenticatedAccount actor) {
		if (!actor.roles().contains(Role.DESIGNER) && !actor.roles().contains(Role.ADMIN)) {
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
