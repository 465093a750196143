package org.opencme.content.pkg;

import java.time.LocalDate;
import java.util.List;

/**
 * What the package says about the activity itself, as it appears in the catalog
 * and on certificates. Fields the manifest left out are {@code null} (or empty
 * lists) here; {@link PackageValidator} decides which are required.
 * {@code feeMinor} is in the minor unit of {@code currency} (cents for USD);
 * {@code capacity} {@code null} means unlimited.
 */
public record ActivitySpec(String title, String summary, List<String> objectives, List<Profession> targetAudience,
		List<String> topics, ActivityFormat format, Integer estimatedMinutes, List<FacultySpec> faculty,
		String accreditationStatement, List<CreditDesignationSpec> creditDesignations, LocalDate releaseDate,
		LocalDate expiryDate, long feeMinor, String currency, Integer capacity) {

	/** The longest title: the {@code activity.title} column. */
	public static final int MAX_TITLE = 300;
	/** The longest summary (a text column, so the limit is the application's). */
	public static final int MAX_SUMMARY = 4000;

	public ActivitySpec {
		objectives = Lists.copy(objectives);
		targetAudience = Lists.copy(targetAudience);
		topics = Lists.copy(topics);
		faculty = Lists.copy(faculty);
		creditDesignations = Lists.copy(creditDesignations);
	}
}
