package org.opencme.content.pkg;

import java.util.List;

/**
 * The {@code activity} object of {@code manifest.json} to {@link ActivitySpec};
 * see {@link ManifestParser}.
 */
final class ActivityParser {

	static final String DEFAULT_CURRENCY = "USD";

	private ActivityParser() {
	}

	static ActivitySpec activity(JsonFields f) {
		Long fee = f.longValue("feeMinor");
		String currency = f.string("currency");
		return new ActivitySpec(f.string("title"), f.string("summary"), f.strings("objectives"),
				f.enums("targetAudience", Profession.class), f.strings("topics"),
				f.enumValue("format", ActivityFormat.class), f.integer("estimatedMinutes"), faculty(f),
				f.string("accreditationStatement"), designations(f), f.date("releaseDate"), f.date("expiryDate"),
				fee == null ? 0 : fee, currency == null ? DEFAULT_CURRENCY : currency, f.integer("capacity"));
	}

	private static List<FacultySpec> faculty(JsonFields activity) {
		return activity.objects("faculty").stream().map(ActivityParser::facultyMember).toList();
	}

	private static FacultySpec facultyMember(JsonFields f) {
		JsonFields d = f.object("disclosure");
		DisclosureSpec disclosure = d == null ? null : new DisclosureSpec(d.string("text"), d.date("disclosedOn"));
		return new FacultySpec(f.string("name"), f.string("role"), disclosure);
	}

	private static List<CreditDesignationSpec> designations(JsonFields activity) {
		return activity.objects("creditDesignations").stream()
				.map(c -> new CreditDesignationSpec(c.string("creditType"), c.decimal("amount"), c.string("note")))
				.toList();
	}
}
