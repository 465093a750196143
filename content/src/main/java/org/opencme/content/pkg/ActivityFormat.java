package org.opencme.content.pkg;

/**
 * How an activity is delivered; {@code ON_DEMAND} is the accreditors' "enduring
 * material".
 */
public enum ActivityFormat {
	ON_DEMAND, LIVE_WEBINAR, LIVE_IN_PERSON, PROCTORED
}
