package org.opencme.attendance.control.reports;

/**
 * A report that does not parse: the line and the reason, for the person who
 * uploaded it.
 */
public class ReportRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final long line;

	public ReportRejectedException(long line, String reason) {
		super("Line " + line + ": " + reason);
		this.line = line;
	}

	public long line() {
		return line;
	}
}
