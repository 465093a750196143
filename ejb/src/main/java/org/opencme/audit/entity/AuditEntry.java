package org.opencme.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable line of the audit log. It has no setters: corrections are new
 * entries.
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
	@SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
	private Long id;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	@Column(nullable = false, updatable = false, length = 254)
	private String actor;

	@Column(nullable = false, updatable = false, length = 80)
	private String action;

	@Column(name = "record_type", nullable = false, updatable = false, length = 80)
	private String recordType;

	@Column(name = "record_id", nullable = false, updatable = false, length = 80)
	private String recordId;

	@Column(updatable = false, length = 4000)
	private String detail;

	protected AuditEntry() {
	}

	public AuditEntry(Instant occurredAt, String actor, String action, String recordType, String recordId,
			String detail) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.recordType = recordType;
		this.recordId = recordId;
		this.detail = detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000);
	}

	public Long id() {
		return id;
	}

	public Instant occurredAt() {
		return occurredAt;
	}

	public String actor() {
		return actor;
	}

	public String action() {
		return action;
	}

	public String recordType() {
		return recordType;
	}

	public String recordId() {
		return recordId;
	}

	public String detail() {
		return detail;
	}
}
