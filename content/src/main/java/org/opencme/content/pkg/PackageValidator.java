package org.opencme.content.pkg;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The semantic rules of format version 1, applied to a model (read from a zip
 * or built in code). Returns every problem rather than stopping at the first.
 * Limits on sizes and zip structure are the reader's; see
 * {@link PackageReader}. Stateless and thread-safe.
 */
public final class PackageValidator {

	/**
	 * Accreditors expect enduring material to be reviewed at least every three
	 * years.
	 */
	public static final int MAX_ON_DEMAND_YEARS = 3;

	private static final Pattern CREDIT_TYPE = Pattern.compile("[A-Z][A-Z0-9_]*");
	private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

	/**
	 * Every rule broken by {@code contentPackage}; an empty list means the package
	 * is acceptable.
	 */
	public List<PackageProblem> validate(ContentPackage contentPackage) {
		Problems problems = new Problems();
		ActivityManifest manifest = contentPackage.manifest();
		if (!problems.required(ContentPackage.MANIFEST, manifest)) {
			return problems.list();
		}
		if (problems.required("activity", manifest.activity())) {
			activity(manifest.activity(), problems);
		}
		new ModuleValidator(contentPackage, problems).modules(manifest.modules());
		if (problems.required("completionCriteria", manifest.completionCriteria())) {
			CompletionCriteriaValidator.check(manifest.completionCriteria(), manifest.modules(), problems);
		}
		if (manifest.certificateTemplate() != null && manifest.certificateTemplate().isBlank()) {
			problems.add("certificateTemplate", "must not be blank when given");
		}
		return problems.list();
	}

	private static void activity(ActivitySpec a, Problems problems) {
		problems.required("activity.title", a.title());
		problems.required("activity.summary", a.summary());
		if (a.title() != null && a.title().strip().length() > ActivitySpec.MAX_TITLE) {
			problems.add("activity.title", "must be at most " + ActivitySpec.MAX_TITLE + " characters");
		}
		if (a.summary() != null && a.summary().length() > ActivitySpec.MAX_SUMMARY) {
			problems.add("activity.summary", "must be at most " + ActivitySpec.MAX_SUMMARY + " characters");
		}
		texts("activity.objectives", a.objectives(), "objective", problems);
		problems.notEmpty("activity.targetAudience", a.targetAudience(), "profession");
		if (problems.required("activity.estimatedMinutes", a.estimatedMinutes())) {
			problems.range("activity.estimatedMinutes", a.estimatedMinutes(), 1, 100_000);
		}
		problems.required("activity.format", a.format());
		problems.required("activity.accreditationStatement", a.accreditationStatement());
		faculty(a.faculty(), problems);
		designations(a.creditDesignations(), problems);
		dates(a, problems);
		if (a.feeMinor() < 0) {
			problems.add("activity.feeMinor", "must not be negative");
		}
		if (a.currency() == null || !CURRENCY.matcher(a.currency()).matches()) {
			problems.add("activity.currency", "must be an ISO 4217 code such as USD");
		}
		problems.range("activity.capacity", a.capacity(), 1, Integer.MAX_VALUE);
	}

	private static void texts(String path, List<String> texts, String what, Problems problems) {
		problems.notEmpty(path, texts, what);
		for (int i = 0; i < texts.size(); i++) {
			problems.required(path + "[" + i + "]", texts.get(i));
		}
	}

	private static void faculty(List<FacultySpec> faculty, Problems problems) {
		problems.notEmpty("activity.faculty", faculty, "faculty member with a disclosure");
		for (int i = 0; i < faculty.size(); i++) {
			String path = "activity.faculty[" + i + "]";
			FacultySpec member = faculty.get(i);
			problems.required(path + ".name", member.name());
			problems.required(path + ".role", member.role());
			if (problems.required(path + ".disclosure", member.disclosure())) {
				problems.required(path + ".disclosure.text", member.disclosure().text());
				problems.required(path + ".disclosure.disclosedOn", member.disclosure().disclosedOn());
			}
		}
	}

	private static void designations(List<CreditDesignationSpec> designations, Problems problems) {
		problems.notEmpty("activity.creditDesignations", designations, "credit designation");
		for (int i = 0; i < designations.size(); i++) {
			String path = "activity.creditDesignations[" + i + "]";
			CreditDesignationSpec designation = designations.get(i);
			if (problems.required(path + ".creditType", designation.creditType())
					&& !CREDIT_TYPE.matcher(designation.creditType()).matches()) {
				problems.add(path + ".creditType", "must be a credit type code such as AMA_PRA_1");
			}
			if (problems.required(path + ".amount", designation.amount())
					&& designation.amount().compareTo(BigDecimal.ZERO) <= 0) {
				problems.add(path + ".amount", "must be positive, was " + designation.amount().toPlainString());
			}
		}
		problems.unique("activity.creditDesignations",
				designations.stream().map(CreditDesignationSpec::creditType).filter(Objects::nonNull).toList(),
				"credit type");
	}

	private static void dates(ActivitySpec a, Problems problems) {
		LocalDate release = a.releaseDate();
		LocalDate expiry = a.expiryDate();
		problems.required("activity.releaseDate", release);
		if (a.format() == ActivityFormat.ON_DEMAND) {
			problems.required("activity.expiryDate", expiry);
		}
		if (release == null || expiry == null) {
			return;
		}
		if (!expiry.isAfter(release)) {
			problems.add("activity.expiryDate", "must be after the release date " + release);
		} else if (a.format() == ActivityFormat.ON_DEMAND && expiry.isAfter(release.plusYears(MAX_ON_DEMAND_YEARS))) {
			problems.add("activity.expiryDate", "on-demand activities expire at most " + MAX_ON_DEMAND_YEARS
					+ " years after release, i.e. by " + release.plusYears(MAX_ON_DEMAND_YEARS));
		}
	}
}
