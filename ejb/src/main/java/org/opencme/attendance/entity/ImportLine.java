package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One person of an imported report: the first line they appear on, name,
 * e-mail, the minutes of their merged segments in the session, and what became
 * of them ({@link Outcome}). Never changed; a confirmation is a row of its own.
 */
@Entity
@Table(name = "attendance_import_line")
public class ImportLine {

	/** What the import decided about a person. */
	public enum Outcome {
		MATCHED("Matched by e-mail"), NAME_MATCH("Name match: confirm"), HOST("Host: not credited"), NO_IDENTITY(
				"No e-mail or name match: not credited"), NOT_ENROLLED("Not enrolled in the activity");

		private final String label;

		Outcome(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_import_line_seq")
	@SequenceGenerator(name = "attendance_import_line_seq", sequenceName = "attendance_import_line_seq", allocationSize = 50)
	private Long id;

	@Column(name = "import_id", nullable = false, updatable = false)
	private long importId;

	@Column(name = "line_no", nullable = false, updatable = false)
	private long lineNo;

	@Column(nullable = false, updatable = false, length = 254)
	private String name;

	@Column(updatable = false, length = 254)
	private String email;

	@Column(nullable = false, updatable = false)
	private int minutes;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private Outcome outcome;

	@Column(name = "account_id", updatable = false)
	private Long accountId;

	protected ImportLine() {
	}

	public ImportLine(long importId, long lineNo, String name, String email, int minutes, Outcome outcome,
			Long accountId) {
		this.importId = importId;
		this.lineNo = lineNo;
		this.name = name.length() > 254 ? name.substring(0, 254) : name;
		this.email = email;
		this.minutes = minutes;
		this.outcome = outcome;
		this.accountId = accountId;
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("an import line is never changed or removed");
	}

	public Long id() {
		return id;
	}

	public long importId() {
		return importId;
	}

	public long lineNo() {
		return lineNo;
	}

	public String name() {
		return name;
	}

	public String email() {
		return email;
	}

	public int minutes() {
		return minutes;
	}

	public Outcome outcome() {
		return outcome;
	}

	public Long accountId() {
		return accountId;
	}
}
