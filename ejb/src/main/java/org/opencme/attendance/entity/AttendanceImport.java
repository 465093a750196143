package org.opencme.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A webinar report imported into a session, known by its SHA-256. Never
 * changed.
 */
@Entity
@Table(name = "attendance_import")
public class AttendanceImport {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attendance_import_seq")
	@SequenceGenerator(name = "attendance_import_seq", sequenceName = "attendance_import_seq", allocationSize = 50)
	private Long id;

	@Column(name = "session_id", nullable = false, updatable = false)
	private long sessionId;

	@Column(nullable = false, updatable = false, length = 64)
	private String sha256;

	@Column(nullable = false, updatable = false, length = 16)
	private String platform;

	@Column(name = "file_name", updatable = false, length = 255)
	private String fileName;

	@Column(name = "imported_by", nullable = false, updatable = false, length = 254)
	private String importedBy;

	@Column(name = "imported_at", nullable = false, updatable = false)
	private Instant importedAt;

	protected AttendanceImport() {
	}

	public AttendanceImport(long sessionId, String sha256, String platform, String fileName, String importedBy,
			Instant importedAt) {
		this.sessionId = sessionId;
		this.sha256 = sha256;
		this.platform = platform;
		this.fileName = fileName;
		this.importedBy = importedBy;
		this.importedAt = importedAt;
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("an import is never changed or removed");
	}

	public Long id() {
		return id;
	}

	public long sessionId() {
		return sessionId;
	}

	public String platform() {
		return platform;
	}

	public String fileName() {
		return fileName;
	}

	public String importedBy() {
		return importedBy;
	}

	public Instant importedAt() {
		return importedAt;
	}
}
