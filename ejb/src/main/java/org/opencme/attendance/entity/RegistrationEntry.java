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
import java.time.Instant;
import java.util.Objects;

/**
 * One change of a registration, kept for good: the status it moved to, why
 * ({@link Reason}), who and when. Never updated or deleted.
 */
@Entity
@Table(name = "session_registration_entry")
public class RegistrationEntry {

	/** Why a registration moved. */
	public enum Reason {
		REQUESTED("Asked for a place"), PROMOTED("A seat came free"), CANCELLED_BY_LEARNER("Cancelled by the learner");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		public String label() {
			return label;
		}
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "session_registration_entry_seq")
	@SequenceGenerator(name = "session_registration_entry_seq", sequenceName = "session_registration_entry_seq", allocationSize = 50)
	private Long id;

	@Column(name = "registration_id", nullable = false, updatable = false)
	private long registrationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 16)
	private RegistrationStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 32)
	private Reason reason;

	@Column(name = "recorded_by", nullable = false, updatable = false, length = 254)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false, updatable = false)
	private Instant recordedAt;

	protected RegistrationEntry() {
	}

	public RegistrationEntry(long registrationId, RegistrationStatus status, Reason reason, String recordedBy,
			Instant recordedAt) {
		this.registrationId = registrationId;
		this.status = Objects.requireNonNull(status);
		this.reason = Objects.requireNonNull(reason);
		this.recordedBy = Objects.requireNonNull(recordedBy);
		this.recordedAt = Objects.requireNonNull(recordedAt);
	}

	@PreUpdate
	@PreRemove
	void immutable() {
		throw new IllegalStateException("a registration entry is never changed or removed");
	}

	public Long id() {
		return id;
	}

	public RegistrationStatus status() {
		return status;
	}

	public Reason reason() {
		return reason;
	}

	public String recordedBy() {
		return recordedBy;
	}

	public Instant recordedAt() {
		return recordedAt;
	}
}
