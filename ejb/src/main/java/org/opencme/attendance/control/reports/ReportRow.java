package org.opencme.attendance.control.reports;

import java.util.List;
import org.opencme.attendance.control.Segments.Segment;

/**
 * One person's row of a participant report, as the platform wrote it: the line
 * it starts on, the name and e-mail (empty for guests and dial-ins), the
 * connection (empty in "unique users" reports, which give only
 * {@code totalMinutes}), and whether the report marks them as a host.
 */
public record ReportRow(long line, String name, String email, List<Segment> segments, Integer totalMinutes,
		boolean host) {

	public ReportRow {
		name = name == null ? "" : name.strip();
		email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
		segments = List.copyOf(segments);
	}

	/** Without an e-mail nobody can be credited from this row alone. */
	public boolean anonymous() {
		return email == null;
	}
}
