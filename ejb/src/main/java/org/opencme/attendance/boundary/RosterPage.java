package org.opencme.attendance.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A page of a session's roster, filtered on the server: {@code total} rows
 * match; counts are for the whole roster.
 */
public record RosterPage(long sessionId, long sessionMinutes, long total, List<RosterRow> rows, boolean signedOff,
		String signedOffBy, Instant signedOffAt, long onRoster, long checkedIn, long marked) {
}
