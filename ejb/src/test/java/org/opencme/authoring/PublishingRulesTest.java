package org.opencme.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.control.Drafts;
import org.opencme.authoring.control.PublishingRules;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.PackageProblem;

class PublishingRulesTest {

	static final Map<String, BigDecimal> INCREMENTS = Map.of("AMA_PRA_1", new BigDecimal("0.25"), "ANCC",
			new BigDecimal("0.01"), "AANP", new BigDecimal("0.01"), "AAPA_1", new BigDecimal("0.25"), "ACPE",
			new BigDecimal("0.25"), "IPCE", new BigDecimal("0.25"));

	private final PublishingRules rules = new PublishingRules();
	private final ContentPackage demo = DemoPackages.read("hypertension-2026-update");

	private static List<String> paths(List<PackageProblem> problems) {
		return problems.stream().map(PackageProblem::path).toList();
	}

	private ContentPackage with(List<FacultySpec> faculty, List<CreditDesignationSpec> credits) {
		ActivitySpec a = demo.manifest().activity();
		return Drafts.withActivity(demo,
				new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(), a.format(),
						a.estimatedMinutes(), faculty, a.accreditationStatement(), credits, a.releaseDate(),
						a.expiryDate(), a.feeMinor(), a.currency(), a.capacity()));
	}

	@Test
	void aCompleteDemoPackageWithFreshDisclosuresPasses() {
		LocalDate today = demo.manifest().activity().faculty().get(0).disclosure().disclosedOn().plusMonths(1);
		assertEquals(List.of(), rules.problems(demo, today, INCREMENTS));
	}

	@Test
	void aDisclosureOlderThanTwelveMonthsBlocksPublishing() {
		LocalDate today = LocalDate.of(2026, 11, 24);
		ContentPackage stale = with(
				List.of(new FacultySpec("Dr Old", "Author",
						new DisclosureSpec("None", today.minusMonths(12).minusDays(1)))),
				demo.manifest().activity().creditDesignations());
		assertEquals(List.of("activity.faculty[0].disclosure.disclosedOn"),
				paths(rules.problems(stale, today, INCREMENTS)));
		ContentPackage fresh = with(
				List.of(new FacultySpec("Dr New", "Author", new DisclosureSpec("None", today.minusMonths(12)))),
				demo.manifest().activity().creditDesignations());
		assertEquals(List.of(), rules.problems(fresh, today, INCREMENTS));
	}

	@Test
	void designationsMustUseKnownTypesInTheirIncrements() {
		LocalDate today = demo.manifest().activity().faculty().get(0).disclosure().disclosedOn();
		ContentPackage bad = with(demo.manifest().activity().faculty(),
				List.of(new CreditDesignationSpec("AMA_PRA_1", new BigDecimal("1.10"), null),
						new CreditDesignationSpec("MADE_UP", new BigDecimal("1"), null),
						new CreditDesignationSpec("ANCC", new BigDecimal("1.17"), null)));
		assertEquals(List.of("activity.creditDesignations[0].amount", "activity.creditDesignations[1].creditType"),
				paths(rules.problems(bad, today, INCREMENTS)));
	}

	@Test
	void anEmptyDraftListsEverythingThatIsMissing() {
		ContentPackage empty = Drafts.empty("Title only", null, ActivityFormat.ON_DEMAND);
		List<String> missing = paths(rules.problems(empty, LocalDate.now(), INCREMENTS));
		assertTrue(missing.containsAll(List.of("activity.objectives", "activity.faculty", "activity.creditDesignations",
				"activity.releaseDate", "modules")), missing.toString());
	}
}
