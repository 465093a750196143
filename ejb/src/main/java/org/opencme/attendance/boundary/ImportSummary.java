package org.opencme.attendance.boundary;

import java.time.Instant;
import java.util.List;

/**
 * An imported report and what became of each person in it; {@code repeated}:
 * this very file was imported before, and nothing changed.
 */
public record ImportSummary(long importId, long sessionId, String platform, String fileName, boolean repeated,
		String importedBy, Instant importedAt, List<Line> lines) {

	/** One person of the report. */
	public record Line(long id, long line, String name, String email, int minutes, String outcome, String outcomeLabel,
			Long accountId, boolean confirmed, String confirmedBy) {
	}
}
