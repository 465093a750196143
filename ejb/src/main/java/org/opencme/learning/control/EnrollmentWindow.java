package org.opencme.learning.control;

import java.time.LocalDate;
import java.util.Optional;
import org.opencme.content.pkg.ActivitySpec;

/**
 * When a learner may enrol: the activity is live, released (on or after its
 * release date), not expired (on or before its expiry date: no credit after it)
 * and has a place left. Days are the accredited provider's days. Each refusal
 * is the sentence the learner reads.
 */
public final class EnrollmentWindow {

	private EnrollmentWindow() {
	}

	/** Why an activity that is not live cannot be enrolled in. */
	public static String notLive(String title) {
		return "\"" + title + "\" is not open for enrolment.";
	}

	/**
	 * Why the activity's dates close it on {@code day}, or empty when the day lies
	 * within them (both ends included).
	 */
	public static Optional<String> closedOn(ActivitySpec spec, LocalDate day) {
		if (spec.releaseDate() != null && day.isBefore(spec.releaseDate())) {
			return Optional.of("This activity opens on " + spec.releaseDate() + ".");
		}
		if (spec.expiryDate() != null && day.isAfter(spec.expiryDate())) {
			return Optional.of("This activity expired on " + spec.expiryDate() + "; no credit can be earned any more.");
		}
		return Optional.empty();
	}

	/** Whether the activity's dates allow enrolling on {@code day}. */
	public static boolean openOn(ActivitySpec spec, LocalDate day) {
		return closedOn(spec, day).isEmpty();
	}

	/**
	 * Whether no place is left: {@code enrolled} learners hold the {@code capacity}
	 * ({@code null}: unlimited).
	 */
	public static boolean full(Integer capacity, long enrolled) {
		return capacity != null && enrolled >= capacity;
	}

	/** The refusal when {@link #full} says so. */
	public static final String FULL = "This activity is full.";
}
