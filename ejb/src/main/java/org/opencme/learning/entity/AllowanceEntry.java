package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One immutable line of an allowance's ledger: a grant (positive) or a spend
 * (negative), who and when.
 */
@Entity
@Table(name = "allowance_entry")
public class AllowanceEntry {

	/** Why the balance moved. */
	public enum Kind {
		GRANT, SPEND, REFUND, ADJUSTMENT
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allowance_entry_seq")
	@SequenceGenerator(name = "allowance_entry_seq", sequenceName = "allowance_entry_seq", allocationSize = 50)
	private Long id;

	@Column(name = "allowance_id", nullable = false, updatable = false)
	private long allowanceId;

	@Column(name = "amount_minor", nullable = false, updatable = false)
	private long amountMinor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private Kind kind;

	@Column(updatable = false, length = 80)
	private String reference;

	@Column(nullable = false, updatable = false, length = 254)
	private String actor;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected AllowanceEntry() {
	}

	public AllowanceEntry(long allowanceId, long amountMinor, Kind kind, String reference, String actor,
			Instant occurredAt) {
		this.allowanceId = allowanceId;
		this.amountMinor = amountMinor;
		this.kind = kind;
		this.reference = reference;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	public long amountMinor() {
		return amountMinor;
	}

	public Kind kind() {
		return kind;
	}

	public String reference() {
		return reference;
	}

	public Instant occurredAt() {
		return occurredAt;
	}
}
