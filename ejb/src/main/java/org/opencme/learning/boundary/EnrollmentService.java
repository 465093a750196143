package org.opencme.learning.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.content.markup.MarkdownRenderer;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.AttestationModuleSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.DocumentModuleSpec;
import org.opencme.content.pkg.ModuleKind;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.VideoModuleSpec;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.learning.control.AttestationRules;
import org.opencme.learning.control.CompletionProgress;
import org.opencme.learning.control.EnrollmentWindow;
import org.opencme.learning.control.LearningAccess;
import org.opencme.learning.control.VersionManifests;
import org.opencme.learning.control.WatchRules;
import org.opencme.learning.entity.Enrollment;
import org.opencme.learning.entity.ModuleProgress;
import org.opencme.media.boundary.MediaStore;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.ProviderCalendar;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Enrolment (pinned to the version live at that moment, paid from the allowance
 * when there is a fee), progress per module, and completion. Only the learner
 * (or an administrator) sees an enrolment; only the learner changes it
 * ({@link LearningAccess}).
 */
@Stateless
public class EnrollmentService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	ActivityService activities;

	@Inject
	VersionService versions;

	@Inject
	VersionManifests manifests;

	@Inject
	AllowanceService allowances;

	@Inject
	MediaStore media;

	@Inject
	AuditLog audit;

	@Inject
	Clock clock;

	@Inject
	Event<EnrollmentCompleted> completed;

	/**
	 * Progress reported by a module player: completed, or a video heartbeat: the
	 * stretch of media time played without a jump ({@code fromMs} → {@code toMs}),
	 * or (the older form) just the {@code position} in seconds. There is no
	 * duration: the video's length is the stored file's.
	 */
	public record ProgressReport(Boolean completed,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1_000_000) Integer position,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1_000_000_000L) Long fromMs,
			@jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(1_000_000_000L) Long toMs) {

		public static ProgressReport done() {
			return new ProgressReport(true, null, null, null);
		}

		boolean isHeartbeat() {
			return position != null || toMs != null;
		}
	}

	/**
	 * Enrols the learner; enrolling twice returns the first enrolment and spends
	 * nothing more.
	 */
	public EnrollmentSummary enrol(AuthenticatedAccount learner, long activityId) {
		var existing = find(learner.id(), activityId);
		if (existing != null) {
			return view(existing);
		}
		ActivitySummary activity = activities.find(activityId);
		if (!activity.isLive()) {
			throw new LearningExceptions.EnrollmentClosedException(EnrollmentWindow.notLive(activity.title()));
		}
		int version = activity.liveVersionNo();
		var spec = manifests.of(activityId, version).activity();
		EnrollmentWindow.closedOn(spec, ProviderCalendar.today(clock)).ifPresent(why -> {
			throw new LearningExceptions.EnrollmentClosedException(why);
		});
		// counted only when there is a capacity: most activities have none
		if (spec.capacity() != null && EnrollmentWindow.full(spec.capacity(), enrolledCount(activityId))) {
			throw new LearningExceptions.EnrollmentClosedException(EnrollmentWindow.FULL);
		}
		Enrollment enrollment = new Enrollment(learner.id(), activityId, version, Instant.now(clock));
		em.persist(enrollment);
		em.flush();
		if (spec.feeMinor() > 0) {
			allowances.spend(learner, spec.feeMinor(), "enrollment " + enrollment.id());
		}
		audit.record(learner.email(), "ENROLLED", "Enrollment", enrollment.id(),
				"activity " + activityId + " v" + version);
		return view(enrollment);
	}

	/**
	 * The learner's enrolment in the activity, if any: one indexed lookup, for
	 * pages and rules that only need to know whether the learner is enrolled.
	 */
	public Optional<Long> enrollmentOf(long learnerId, long activityId) {
		return em
				.createQuery("SELECT e.id FROM Enrollment e WHERE e.learnerId = :learner AND e.activityId = :activity",
						Long.class)
				.setParameter("learner", learnerId).setParameter("activity", activityId).getResultStream().findFirst();
	}

	public List<EnrollmentSummary> mine(long learnerId) {
		List<Enrollment> list = em
				.createQuery("SELECT e FROM Enrollment e WHERE e.learnerId = :learner ORDER BY e.enrolledAt DESC",
						Enrollment.class)
				.setParameter("learner", learnerId).getResultList();
		if (list.isEmpty()) {
			return List.of();
		}
		// One query for the progress of all enrolments, not one per enrolment.
		Map<Long, Map<String, ModuleProgress>> progress = em
				.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrollmentId IN :ids", ModuleProgress.class)
				.setParameter("ids", list.stream().map(Enrollment::id).toList()).getResultList().stream()
				.collect(Collectors.groupingBy(ModuleProgress::enrollmentId,
						Collectors.toMap(ModuleProgress::moduleKey, p -> p)));
		return list.stream().map(e -> view(e, progress.getOrDefault(e.id(), Map.of()))).toList();
	}

	/**
	 * The stored facts a credit claim is decided on, for the enrolment's learner
	 * (or an administrator).
	 */
	public CompletionFacts completionFacts(AuthenticatedAccount caller, long enrollmentId) {
		Enrollment e = forReading(caller, enrollmentId);
		ActivityManifest manifest = manifests.of(e.activityId(), e.versionNo());
		Map<String, ModuleProgress> progress = progressByModule(e);
		Set<String> done = progress.values().stream().filter(ModuleProgress::isCompleted).map(ModuleProgress::moduleKey)
				.collect(Collectors.toSet());
		boolean attestable = manifest.modules().stream().anyMatch(m -> m.kind() == ModuleKind.ATTESTATION);
		Integer attested = attestable
				? progress.values().stream().map(ModuleProgress::attestedMinutes).filter(Objects::nonNull)
						.mapToInt(Integer::intValue).sum()
				: null;
		List<String> missing = e.status() == Enrollment.Status.COMPLETED
				? List.of()
				: CompletionProgress.missing(manifest, done).stream().map(ModuleSpec::title).toList();
		int evaluationMinutes = manifest.modules().stream()
				.filter(m -> m instanceof org.opencme.content.pkg.EvaluationModuleSpec)
				.mapToInt(m -> ((org.opencme.content.pkg.EvaluationModuleSpec) m).minutesToLeaveOut()).sum();
		return new CompletionFacts(e.id(), e.learnerId(), e.activityId(), e.versionNo(), e.completedAt(), missing,
				attested, evaluationMinutes, manifest.activity());
	}

	public EnrollmentSummary get(AuthenticatedAccount caller, long enrollmentId) {
		return view(forReading(caller, enrollmentId));
	}

	/** One module of the learner's pinned version, ready to show. */
	public ModuleContent content(AuthenticatedAccount learner, long enrollmentId, String moduleKey) {
		Enrollment e = forReading(learner, enrollmentId);
		ModuleSpec m = manifests.module(e.activityId(), e.versionNo(), moduleKey);
		String html = null;
		String sha = null;
		String url = null;
		Integer watched = null;
		Integer minutes = null;
		if (m instanceof ContentModuleSpec c && c.file() != null) {
			html = versions.versionFile(e.activityId(), e.versionNo(), c.file())
					.map(b -> MarkdownRenderer.toSafeHtml(new String(b, java.nio.charset.StandardCharsets.UTF_8)))
					.orElse("");
		} else if (m instanceof DocumentModuleSpec d && d.media() != null) {
			sha = versions.versionFileSha(e.activityId(), e.versionNo(), d.media()).orElse(null);
		} else if (m instanceof VideoModuleSpec v) {
			sha = v.media() == null
					? null
					: versions.versionFileSha(e.activityId(), e.versionNo(), v.media()).orElse(null);
			url = v.url();
			watched = v.requiredWatchedPercent();
		} else if (m instanceof AttestationModuleSpec a) {
			minutes = a.maxMinutes();
		}
		boolean required = CompletionProgress.required(manifests.of(e.activityId(), e.versionNo())).contains(m);
		return new ModuleContent(m.key(), m.kind(), m.title(), required, html, sha, url, watched, minutes);
	}

	/**
	 * Records a module's progress; completion of the whole enrolment follows from
	 * the rules.
	 */
	public EnrollmentSummary progress(AuthenticatedAccount learner, long enrollmentId, String moduleKey,
			ProgressReport report) {
		Enrollment enrollment = forWriting(learner, enrollmentId);
		ModuleSpec module = manifests.module(enrollment.activityId(), enrollment.versionNo(), moduleKey);
		Instant now = Instant.now(clock);
		if (module instanceof VideoModuleSpec video && report.isHeartbeat()) {
			heartbeat(enrollment, video, report, now);
		} else if (Boolean.TRUE.equals(report.completed()) && completableByLearner(module)) {
			progressOf(enrollment, moduleKey).complete(now);
		} else if (Boolean.TRUE.equals(report.completed())) {
			throw new InvalidInputException("This module completes by itself.",
					Map.of("completed", module.kind() + " modules complete when passed, submitted or attested."));
		}
		checkCompletion(enrollment);
		return view(enrollment);
	}

	/**
	 * Counts a heartbeat against the stored video's length and the wall-clock time
	 * since the last one ({@link WatchRules}); the row is locked so two heartbeats
	 * in flight cannot both count the same time.
	 */
	private void heartbeat(Enrollment enrollment, VideoModuleSpec video, ProgressReport report, Instant now) {
		if (report.position() != null && report.position() < 0 || report.fromMs() != null && report.fromMs() < 0
				|| report.toMs() != null && report.toMs() < 0) {
			throw new InvalidInputException("A position cannot be negative.",
					Map.of("position", "0 or more (seconds; fromMs and toMs in milliseconds)."));
		}
		long duration = video.media() == null
				? 0
				: versions.versionFileSha(enrollment.activityId(), enrollment.versionNo(), video.media()).stream()
						.mapToLong(sha -> media.videoDurationMillis(sha).orElse(0)).findFirst().orElse(0);
		ModuleProgress progress = em.find(ModuleProgress.class, new ModuleProgress.Key(enrollment.id(), video.key()),
				LockModeType.PESSIMISTIC_WRITE);
		if (progress == null) {
			// The first heartbeat only starts the clock: no time has passed on the server
			// yet.
			progress = new ModuleProgress(enrollment.id(), video.key(), now);
			em.persist(progress);
		}
		long wall = Duration.between(progress.updatedAt(), now).toMillis();
		long counted;
		long to;
		if (report.toMs() != null) {
			to = WatchRules.clamp(report.toMs(), duration);
			long from = report.fromMs() == null ? progress.lastPosition() * 1000L : report.fromMs();
			counted = WatchRules.countedMillis(from, report.toMs(), wall, duration);
		} else {
			to = WatchRules.clamp(report.position() * 1000L, duration);
			counted = WatchRules.countedMillisForPosition(progress.lastPosition(), report.position(), wall, duration);
		}
		progress.watched(counted, (int) (to / 1000), now);
		if (WatchRules.watchedEnough(progress.watchedMillis(), duration, video.requiredWatchedPercent())) {
			progress.complete(now);
		}
	}

	/**
	 * The learner attests the minutes spent, at most what the module allows and the
	 * time since enrolling.
	 */
	public EnrollmentSummary attest(AuthenticatedAccount learner, long enrollmentId, String moduleKey, int minutes) {
		Enrollment enrollment = forWriting(learner, enrollmentId);
		ModuleSpec module = manifests.module(enrollment.activityId(), enrollment.versionNo(), moduleKey);
		if (!(module instanceof AttestationModuleSpec attestation)) {
			throw new InvalidInputException("Not an attestation.",
					Map.of("module", moduleKey + " is not an attestation."));
		}
		AttestationRules.requireAttestable(minutes, attestation.maxMinutes(), enrollment.enrolledAt(),
				Instant.now(clock));
		progressOf(enrollment, moduleKey).attest(minutes, Instant.now(clock));
		checkCompletion(enrollment);
		return view(enrollment);
	}

	/**
	 * Marks a quiz or evaluation module done (called by the assessment steps, on
	 * behalf of the learner).
	 */
	public void markDone(AuthenticatedAccount learner, long enrollmentId, String moduleKey) {
		Enrollment enrollment = forWriting(learner, enrollmentId);
		progressOf(enrollment, moduleKey).complete(Instant.now(clock));
		checkCompletion(enrollment);
	}

	/**
	 * Whether an activity's dates let a learner enrol on {@code day} (the
	 * provider's day): the rule {@link #enrol} applies, for callers outside the
	 * learning context that must not pick an activity enrolling would refuse.
	 */
	public static boolean openForEnrolmentOn(ActivitySpec spec, LocalDate day) {
		return EnrollmentWindow.openOn(spec, day);
	}

	/**
	 * The enrolment, if the caller may read it: its learner or an administrator
	 * (used by the assessment steps).
	 */
	public Enrollment forReading(AuthenticatedAccount caller, long enrollmentId) {
		return checked(caller, enrollmentId, LearningAccess.Use.READ);
	}

	/**
	 * The enrolment, if the caller may change it: its learner only, never an
	 * administrator acting as the learner.
	 */
	public Enrollment forWriting(AuthenticatedAccount caller, long enrollmentId) {
		return checked(caller, enrollmentId, LearningAccess.Use.WRITE);
	}

	private Enrollment checked(AuthenticatedAccount caller, long enrollmentId, LearningAccess.Use use) {
		Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
		if (enrollment == null) {
			throw new RecordNotFoundException("Enrollment", enrollmentId);
		}
		LearningAccess.require(caller.id(), caller.roles(), enrollment.learnerId(), use);
		return enrollment;
	}

	private static boolean completableByLearner(ModuleSpec module) {
		return module.kind() == ModuleKind.CONTENT || module.kind() == ModuleKind.DOCUMENT
				|| module.kind() == ModuleKind.VIDEO && ((VideoModuleSpec) module).media() == null;
	}

	private void checkCompletion(Enrollment enrollment) {
		ActivityManifest manifest = manifests.of(enrollment.activityId(), enrollment.versionNo());
		if (enrollment.status() != Enrollment.Status.COMPLETED
				&& CompletionProgress.missing(manifest, done(enrollment)).isEmpty()) {
			enrollment.complete(Instant.now(clock));
			audit.record(AuditLogActor.of(enrollment), "ENROLLMENT_COMPLETED", "Enrollment", enrollment.id(), null);
			completed.fire(new EnrollmentCompleted(enrollment.id(), enrollment.learnerId(), enrollment.activityId(),
					enrollment.versionNo(), enrollment.completedAt()));
		}
	}

	private ModuleProgress progressOf(Enrollment enrollment, String moduleKey) {
		ModuleProgress progress = em.find(ModuleProgress.class, new ModuleProgress.Key(enrollment.id(), moduleKey));
		if (progress == null) {
			progress = new ModuleProgress(enrollment.id(), moduleKey, Instant.now(clock));
			em.persist(progress);
		}
		return progress;
	}

	private Map<String, ModuleProgress> progressByModule(Enrollment enrollment) {
		return em.createQuery("SELECT p FROM ModuleProgress p WHERE p.enrollmentId = :id", ModuleProgress.class)
				.setParameter("id", enrollment.id()).getResultList().stream()
				.collect(Collectors.toMap(ModuleProgress::moduleKey, p -> p));
	}

	private Set<String> done(Enrollment enrollment) {
		return progressByModule(enrollment).values().stream().filter(ModuleProgress::isCompleted)
				.map(ModuleProgress::moduleKey).collect(Collectors.toSet());
	}

	private Enrollment find(long learnerId, long activityId) {
		return em
				.createQuery("SELECT e FROM Enrollment e WHERE e.learnerId = :l AND e.activityId = :a",
						Enrollment.class)
				.setParameter("l", learnerId).setParameter("a", activityId).getResultStream().findFirst().orElse(null);
	}

	private long enrolledCount(long activityId) {
		return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.activityId = :a", Long.class)
				.setParameter("a", activityId).getSingleResult();
	}

	EnrollmentSummary view(Enrollment e) {
		return view(e, progressByModule(e));
	}

	private EnrollmentSummary view(Enrollment e, Map<String, ModuleProgress> progress) {
		ActivityManifest manifest = manifests.of(e.activityId(), e.versionNo());
		Set<String> done = progress.values().stream().filter(ModuleProgress::isCompleted).map(ModuleProgress::moduleKey)
				.collect(Collectors.toSet());
		Set<String> required = CompletionProgress.required(manifest).stream().map(ModuleSpec::key)
				.collect(Collectors.toSet());
		List<EnrollmentSummary.ModuleState> modules = manifest.modules().stream().map(m -> {
			ModuleProgress p = progress.get(m.key());
			return new EnrollmentSummary.ModuleState(m.key(), m.kind(), m.title(), required.contains(m.key()),
					done.contains(m.key()), p == null ? 0 : p.secondsWatched(), p == null ? 0 : p.lastPosition());
		}).toList();
		return new EnrollmentSummary(e.id(), e.activityId(), manifest.activity().title(), e.versionNo(),
				e.status().name(), CompletionProgress.percent(manifest, done),
				CompletionProgress.next(manifest, done).map(ModuleSpec::key).orElse(null),
				CompletionProgress.missing(manifest, done).stream().map(ModuleSpec::title).toList(), modules,
				e.enrolledAt(), e.completedAt());
	}

	/** Who completed: the learner, by id (the audit log names records' actors). */
	static final class AuditLogActor {
		private AuditLogActor() {
		}

		static String of(Enrollment e) {
			return "learner " + e.learnerId();
		}
	}
}
