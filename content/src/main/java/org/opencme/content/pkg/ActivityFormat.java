package org.opencme.content.pkg;

/**
 * How an activity is delivered; {@code ON_DEMAND} is the accreditors' "enduring
 * material". The one enum for the package manifest and the stored activity: the
 * names are stored and exchanged, {@link #label()} is what people read.
 */
public enum ActivityFormat {
	ON_DEMAND("On-demand (enduring material)"), LIVE_WEBINAR("Live webinar"), LIVE_IN_PERSON(
			"Live in person"), PROCTORED("Proctored session");

	private final String label;

	ActivityFormat(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
