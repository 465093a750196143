package org.opencme.attendance.control;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencme.attendance.boundary.ScheduleRequest;

/**
 * The rules of scheduling a session that no single field decides: it is a
 * session of one of the activity's session modules; it ends after it starts,
 * lasts at most {@link #LONGEST} and does not start in the past. Start and end
 * are read in the session's zone and compared as instants, so a session across
 * a change of daylight saving time lasts the hours that really pass. Each
 * field's own rules are the constraints of {@link ScheduleRequest}; the time
 * rules here apply once start, end and zone are there and valid. "Now" is a
 * parameter.
 */
public final class SessionSchedule {

	/** The longest session; a long day is several sessions. */
	public static final Duration LONGEST = Duration.ofHours(12);

	/**
	 * The fields of a request in the order the schedule form shows them, the order
	 * problems are named in.
	 */
	private static final List<String> FIELDS = List.of("moduleId", "timeZone", "start", "end", "capacity", "joinUrl",
			"room");

	private SessionSchedule() {
	}

	/** A session's start and end as instants, and the zone it is announced in. */
	public record Times(Instant start, Instant end, ZoneId zone) {

		/**
		 * The problems of these times for a session scheduled at {@code now}, by field
		 * ({@code end}, {@code start}); empty when there are none.
		 */
		public Map<String, String> problems(Instant now) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (start.isBefore(now)) {
				problems.put("start", "The start is in the past.");
			}
			if (!end.isAfter(start)) {
				problems.put("end", "The session must end after it starts.");
			} else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
				problems.put("end", "A session lasts at most 12 hours; schedule a long day as several sessions.");
			}
			return problems;
		}
	}

	/**
	 * The problems of {@code request} under these rules, by field, for an activity
	 * whose session modules are {@code sessionModules}, scheduled at {@code now}.
	 */
	public static Map<String, String> problems(ScheduleRequest request, Set<String> sessionModules, Instant now) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (sessionModules.isEmpty()) {
			problems.put("moduleId", "This activity has no live or proctored session module; add one first.");
		} else if (request.moduleId() == null || !sessionModules.contains(request.moduleId())) {
			problems.put("moduleId", "Choose one of the activity's session modules: " + sessionModules + ".");
		}
		times(request).ifPresent(t -> problems.putAll(t.problems(now)));
		return problems;
	}

	/**
	 * The request's start and end in its zone, when it has both and a known zone.
	 * In a gap of a daylight saving change a local time moves forward by the gap;
	 * in an overlap it is the earlier of the two instants.
	 */
	public static Optional<Times> times(ScheduleRequest request) {
		if (request.start() == null || request.end() == null) {
			return Optional.empty();
		}
		return zone(request.timeZone()).map(zone -> new Times(request.start().atZone(zone).toInstant(),
				request.end().atZone(zone).toInstant(), zone));
	}

	/** The zone an id names, surrounding blanks ignored, if it names one. */
	public static Optional<ZoneId> zone(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(id.strip()));
		} catch (DateTimeException e) {
			return Optional.empty();
		}
	}

	/**
	 * The problems of each field on its own and those of these rules, in the form's
	 * order; a field named by both keeps both messages.
	 */
	public static Map<String, String> inFormOrder(Map<String, String> fieldProblems, Map<String, String> ruleProblems) {
		Map<String, String> all = new LinkedHashMap<>(fieldProblems);
		ruleProblems.forEach((field, problem) -> all.merge(field, problem, (a, b) -> a + "; " + b));
		Map<String, String> ordered = new LinkedHashMap<>();
		FIELDS.stream().filter(all::containsKey).forEach(field -> ordered.put(field, all.get(field)));
		all.forEach(ordered::putIfAbsent);
		return ordered;
	}
}
