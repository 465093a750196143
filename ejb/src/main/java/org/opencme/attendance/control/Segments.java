package org.opencme.attendance.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The time one person spent in a session, from the join and leave times a
 * webinar platform reports (several rows per person: rejoins, two devices).
 * Segments are clipped to the session's window, then overlapping and touching
 * ones are merged before anything is counted, so two overlapping connections of
 * 32 and 33 minutes are never 65 minutes. Minutes are whole minutes of the
 * merged time, rounded down: a platform's own rounding never adds up.
 */
public final class Segments {

	/** One connection: from join to leave. */
	public record Segment(Instant from, Instant to) {
		public Segment {
			Objects.requireNonNull(from);
			Objects.requireNonNull(to);
			if (to.isBefore(from)) {
				throw new IllegalArgumentException("a segment ends after it starts: " + from + " - " + to);
			}
		}

		Duration length() {
			return Duration.between(from, to);
		}
	}

	private Segments() {
	}

	/**
	 * The segments inside the window, merged where they overlap or touch, in time
	 * order.
	 */
	public static List<Segment> merged(List<Segment> segments, Instant windowStart, Instant windowEnd) {
		List<Segment> clipped = new ArrayList<>();
		for (Segment s : segments) {
			Instant from = s.from().isBefore(windowStart) ? windowStart : s.from();
			Instant to = s.to().isAfter(windowEnd) ? windowEnd : s.to();
			if (to.isAfter(from)) {
				clipped.add(new Segment(from, to));
			}
		}
		clipped.sort(Comparator.comparing(Segment::from));
		List<Segment> merged = new ArrayList<>();
		for (Segment s : clipped) {
			Segment last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && !s.from().isAfter(last.to())) {
				merged.set(merged.size() - 1, new Segment(last.from(), s.to().isAfter(last.to()) ? s.to() : last.to()));
			} else {
				merged.add(s);
			}
		}
		return merged;
	}

	/** Whole minutes attended inside the window. */
	public static long minutes(List<Segment> segments, Instant windowStart, Instant windowEnd) {
		return merged(segments, windowStart, windowEnd).stream().map(Segment::length)
				.reduce(Duration.ZERO, Duration::plus).toMinutes();
	}

	/**
	 * Attended minutes as a whole percentage of the session's, rounded down (never
	 * more than 100).
	 */
	public static int percent(long attendedMinutes, long sessionMinutes) {
		if (sessionMinutes <= 0) {
			throw new IllegalArgumentException("a session lasts at least a minute");
		}
		return (int) Math.min(100, Math.max(0, attendedMinutes) * 100 / sessionMinutes);
	}
}
