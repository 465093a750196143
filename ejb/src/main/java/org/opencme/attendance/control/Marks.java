package org.opencme.attendance.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.opencme.attendance.entity.AttendanceStatus;

/**
 * The rules of one roster mark: present counts the whole session, absent none;
 * a late arrival or an early leave needs the minutes attended, more than none
 * and fewer than the session's; a note and a reason are at most 500 characters;
 * after sign-off a change needs a reason.
 */
public final class Marks {

	public static final int LONGEST_TEXT = 500;

	private Marks() {
	}

	/**
	 * Field name → sentence, in form order; empty when the mark may be recorded.
	 */
	public static Map<String, String> problems(AttendanceStatus status, Integer minutes, String note, String reason,
			long sessionMinutes, boolean signedOff) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (status == null) {
			errors.put("status", "Choose present, absent, arrived late or left early.");
		} else if (status.partial()) {
			if (minutes == null) {
				errors.put("minutes", "Type the minutes the learner attended.");
			} else if (minutes < 1 || minutes >= sessionMinutes) {
				errors.put("minutes", "Between 1 and " + (sessionMinutes - 1) + " minutes for a session of "
						+ sessionMinutes + "; mark present for the whole session.");
			}
		}
		if (note != null && note.length() > LONGEST_TEXT) {
			errors.put("note", "At most " + LONGEST_TEXT + " characters.");
		}
		if (signedOff && (reason == null || reason.isBlank())) {
			errors.put("reason", "The roster is signed off: say why this mark is amended.");
		} else if (reason != null && reason.length() > LONGEST_TEXT) {
			errors.put("reason", "At most " + LONGEST_TEXT + " characters.");
		}
		return errors;
	}

	/** The minutes a valid mark counts. */
	public static int minutes(AttendanceStatus status, Integer typed, long sessionMinutes) {
		return switch (status) {
			case PRESENT -> Math.toIntExact(sessionMinutes);
			case ABSENT -> 0;
			case LATE, LEFT_EARLY -> typed;
		};
	}
}
