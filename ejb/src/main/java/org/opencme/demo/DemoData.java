package org.opencme.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.opencme.authoring.boundary.ActivityService;
import org.opencme.authoring.boundary.ActivitySummary;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.entity.Profession;
import org.opencme.identity.entity.Role;

/**
 * The demo accounts and activities. Passwords are documented in the README;
 * never used outside the demo.
 */
@Stateless
public class DemoData {

	public static final String LEARNER = "learner@demo.opencme.org";
	public static final String PROCTOR = "proctor@demo.opencme.org";
	public static final String DESIGNER = "designer@demo.opencme.org";
	public static final String ADMIN = "admin@demo.opencme.org";

	@Inject
	AccountService accounts;

	@Inject
	ActivityService activities;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	record DemoActivity(String title, String summary, ActivityFormat format, boolean published) {
	}

	private static final List<DemoActivity> ACTIVITIES = List.of(
			new DemoActivity("Hypertension Management: the 2026 Update",
					"Blood-pressure targets, out-of-office measurement and stepwise drug therapy for adults with HTN.",
					ActivityFormat.ON_DEMAND, true),
			new DemoActivity("Safer Opioid Prescribing and Naloxone Co-prescribing",
					"Risk assessment, tapering, PDMP checks and naloxone for patients on long-term opioid therapy.",
					ActivityFormat.ON_DEMAND, true),
			new DemoActivity("Recognising Sepsis Early: the Hour-1 Bundle",
					"Screening tools, lactate, cultures, antibiotics and fluids within the first hour.",
					ActivityFormat.LIVE_WEBINAR, true),
			new DemoActivity("Implicit Bias in Clinical Care",
					"How unconscious bias shapes decisions, and practical strategies to reduce its effect on patients.",
					ActivityFormat.ON_DEMAND, true),
			new DemoActivity("Type 2 Diabetes: GLP-1 RA and SGLT2 Inhibitors in Practice",
					"Choosing glucose-lowering therapy with cardiovascular and kidney benefit in T2DM.",
					ActivityFormat.PROCTORED, true),
			new DemoActivity("Atrial Fibrillation: Anticoagulation Decisions (draft)",
					"CHA2DS2-VASc, bleeding risk and DOAC dosing in AFib. Work in progress.", ActivityFormat.ON_DEMAND,
					false));

	public void load() {
		account(LEARNER, "Learner-demo-2026", "Lena", "Learner", Profession.MD, "1234567893", Set.of(),
				List.of(new LicenceInput("NY", "MD-284913")));
		account(PROCTOR, "Proctor-demo-2026", "Paul", "Proctor", Profession.RN, null, Set.of(Role.PROCTOR), List.of());
		long designer = account(DESIGNER, "Designer-demo-2026", "Dana", "Designer", Profession.PHARMACIST, null,
				Set.of(Role.DESIGNER), List.of());
		account(ADMIN, "Admin-demo-2026", "Ada", "Admin", Profession.OTHER, null, Set.of(Role.ADMIN), List.of());
		var designerAccount = accounts.authenticated(designer).orElseThrow();
		for (DemoActivity demo : ACTIVITIES) {
			ActivitySummary created = activities.create(designerAccount, demo.title(), demo.summary(), demo.format());
			if (demo.published()) {
				em.find(Activity.class, created.id()).markPublished(Instant.now());
			}
		}
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
