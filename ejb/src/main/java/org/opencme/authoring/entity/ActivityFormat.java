package org.opencme.authoring.entity;

/** How an activity is delivered. */
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
