package org.opencme.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.opencme.attendance.boundary.LiveSessionService;
import org.opencme.attendance.boundary.ScheduleRequest;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.boundary.ReviewService;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.claim.boundary.ClaimService;
import org.opencme.claim.boundary.RequestedCredit;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.boundary.AllowanceService;
import org.opencme.learning.boundary.EnrollmentService;
import org.opencme.learning.boundary.EnrollmentSummary;
import org.opencme.platform.boundary.ProviderCalendar;

/**
 * The demo accounts and activities: the five demo content packages are imported
 * by the demo designer, submitted and approved by the demo administrator,
 * through the same services a person uses. Passwords are documented in the
 * README; never used outside the demo.
 */
@Stateless
public class DemoData {

	public static final String LEARNER = "learner@demo.opencme.org";
	public static final String PROCTOR = "proctor@demo.opencme.org";
	public static final String DESIGNER = "designer@demo.opencme.org";
	public static final String ADMIN = "admin@demo.opencme.org";
	private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

	@Inject
	AccountService accounts;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	ActivityService activities;

	@Inject
	ReviewService review;

	@Inject
	AllowanceService allowances;

	@Inject
	LiveSessionService sessions;

	@Inject
	org.opencme.attendance.boundary.RegistrationService registrations;

	@Inject
	org.opencme.attendance.boundary.ProctorService proctors;

	@Inject
	EnrollmentService enrollments;

	@Inject
	ClaimService claims;

	@Inject
	Clock clock;

	public void load() {
		account(LEARNER, "Learner-demo-2026", "Lena", "Learner", Profession.MD, "1234567893", Set.of(),
				List.of(new LicenceInput("NY", "MD-284913")));
		account(PROCTOR, "Proctor-demo-2026", "Paul", "Proctor", Profession.RN, null, Set.of(Role.PROCTOR), List.of());
		long designerId = account(DESIGNER, "Designer-demo-2026", "Dana", "Designer", Profession.PHARMACIST, null,
				Set.of(Role.DESIGNER), List.of());
		long adminId = account(ADMIN, "Admin-demo-2026", "Ada", "Admin", Profession.OTHER, null, Set.of(Role.ADMIN),
				List.of());
		long learnerId = accounts.findByEmail(LEARNER).orElseThrow().id();
		LocalDate today = ProviderCalendar.today(clock);
		int year = today.getYear();
		allowances.grant(ADMIN, learnerId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 50_000);

		AuthenticatedAccount designer = accounts.authenticated(designerId).orElseThrow();
		AuthenticatedAccount admin = accounts.authenticated(adminId).orElseThrow();
		for (ContentPackage pkg : DemoPackages.all()) {
			ActivitySummary draft = workingCopies.importPackage(designer,
					new PackageWriter().write(freshDisclosures(pkg, today.minusMonths(1))));
			review.submit(designer, draft.id());
			review.approve(admin, draft.id());
			scheduleDemoSessions(designer, draft.id(), today);
		}
		AuthenticatedAccount learner = accounts.authenticated(learnerId).orElseThrow();
		long quickReview = publishShort(designer, admin, today, "Opioid Safety: Quick Review",
				List.of(new CreditDesignationSpec("IPCE", new BigDecimal("1.00"), null)));
		long naloxone = publishShort(designer, admin, today, "Naloxone in Practice: Short Course",
				List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.50"), null),
						new CreditDesignationSpec("IPCE", new BigDecimal("1.50"), null)));
		long certified = completeAll(learner, quickReview);
		claims.claim(learner, certified, List.of(new RequestedCredit("IPCE", new BigDecimal("1.00"))));
		completeAll(learner, naloxone);
		workingCopies.create(designer, "Atrial Fibrillation: Anticoagulation Decisions",
				"CHA2DS2-VASc, bleeding risk and DOAC dosing in AFib. Work in progress.", ActivityFormat.ON_DEMAND);
		LOG.info(() -> "Demo activities published: " + DemoPackages.SLUGS);
	}

	/**
	 * A short on-demand activity (the opioid demo's three text pages) for the claim
	 * demo: the demo learner completes two and claims one (IPCE, which is not
	 * reported, so no birthday is needed); the other waits for the learner's claim
	 * of AMA PRA Category 1 credit, which asks for the reporting details.
	 */
	private long publishShort(AuthenticatedAccount designer, AuthenticatedAccount admin, LocalDate today, String title,
			List<CreditDesignationSpec> designations) {
		ContentPackage opioid = DemoPackages.read("opioid-safety-naloxone");
		ActivityManifest m = opioid.manifest();
		List<ModuleSpec> pages = m.modules().stream().filter(x -> x instanceof ContentModuleSpec).toList();
		ActivitySpec a = m.activity();
		ActivitySpec spec = new ActivitySpec(title, a.summary(), a.objectives(), a.targetAudience(), a.topics(),
				a.format(), 90, a.faculty(), a.accreditationStatement(), designations, a.releaseDate(), a.expiryDate(),
				0, a.currency(), a.capacity());
		ContentPackage pkg = new ContentPackage(new ActivityManifest(spec,
				new CompletionCriteriaSpec(pages.stream().map(ModuleSpec::key).toList(), null, false, null, false),
				m.certificateTemplate(), pages), opioid.files());
		ActivitySummary draft = workingCopies.importPackage(designer,
				new PackageWriter().write(freshDisclosures(pkg, today.minusMonths(1))));
		review.submit(designer, draft.id());
		review.approve(admin, draft.id());
		return draft.id();
	}

	/** Enrols the learner and reads every page; the enrolment id. */
	private long completeAll(AuthenticatedAccount learner, long activityId) {
		EnrollmentSummary enrolled = enrollments.enrol(learner, activityId);
		for (EnrollmentSummary.ModuleState module : enrolled.modules()) {
			enrollments.progress(learner, enrolled.id(), module.id(), EnrollmentService.ProgressReport.done());
		}
		return enrolled.id();
	}

	/**
	 * A live activity gets two webinar sessions, 14:00-15:30 Chicago time in 8 and
	 * in 36 days, so the catalog has upcoming dates to show. The demo proctor looks
	 * after the first, for which three demo nurses are registered.
	 */
	private void scheduleDemoSessions(AuthenticatedAccount designer, long activityId, LocalDate today) {
		Map<String, String> modules = activities.sessionModules(designer, activityId);
		if (modules.isEmpty()) {
			return;
		}
		String module = modules.keySet().iterator().next();
		Long first = null;
		for (int days : new int[]{8, 36}) {
			LocalDate day = today.plusDays(days);
			long id = sessions.schedule(designer, activityId,
					new ScheduleRequest(module, day.atTime(14, 0), day.atTime(15, 30), "America/Chicago", 250,
							"https://webinar.example.org/opencme/" + activityId + "-" + days, null))
					.id();
			first = first == null ? id : first;
		}
		proctors.assign(designer, first, PROCTOR);
		int year = today.getYear();
		String[][] people = {{"Rosa", "Registrant"}, {"Omar", "Attendee"}, {"Wen", "Participant"}};
		for (String[] person : people) {
			String email = person[0].toLowerCase(java.util.Locale.ROOT) + "." + activityId + "@demo.opencme.org";
			long id = account(email, "Registrant-demo-2026", person[0], person[1], Profession.RN, null, Set.of(),
					List.of());
			allowances.grant(ADMIN, id, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), 50_000);
			AuthenticatedAccount registrant = accounts.authenticated(id).orElseThrow();
			enrollments.enrol(registrant, activityId);
			registrations.register(registrant, first);
		}
	}

	/**
	 * Demo disclosures are dated a month ago, so the demo never trips the 12-month
	 * staleness rule.
	 */
	private static ContentPackage freshDisclosures(ContentPackage pkg, LocalDate recent) {
		ActivitySpec a = pkg.manifest().activity();
		List<FacultySpec> faculty = a.faculty().stream().map(f -> new FacultySpec(f.name(), f.role(),
				f.disclosure() == null ? null : new DisclosureSpec(f.disclosure().text(), recent))).toList();
		return pkg.withActivity(new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
				a.format(), a.estimatedMinutes(), faculty, a.accreditationStatement(), a.creditDesignations(),
				a.releaseDate(), a.expiryDate(), a.feeMinor(), a.currency(), a.capacity()));
	}

	public void firstAdministrator(String email, String password) {
		if (email == null || email.isBlank() || password == null || accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		account(email, password, "OpenCME", "Administrator", Profession.OTHER, null, Set.of(Role.ADMIN), List.of());
	}

	private long account(String email, String password, String given, String family, Profession profession, String npi,
			Set<Role> roles, List<LicenceInput> licences) {
		RegistrationRequest request = new RegistrationRequest(email, password, given, family, profession, npi,
				licences);
		return accounts.bootstrap(request, roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
	}
}
