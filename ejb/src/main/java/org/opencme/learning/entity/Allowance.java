package org.opencme.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner's CME budget for a period (the provider's days, both ends
 * included). Its balance is the sum of its ledger entries, never a stored
 * number; a spend may not take it below zero.
 */
@Entity
@Table(name = "allowance")
public class Allowance {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "allowance_seq")
	@SequenceGenerator(name = "allowance_seq", sequenceName = "allowance_seq", allocationSize = 50)
	private Long id;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "period_start", nullable = false, updatable = false)
	private LocalDate periodStart;

	@Column(name = "period_end", nullable = false, updatable = false)
	private LocalDate periodEnd;

	@Column(nullable = false, updatable = false, length = 3)
	private String currency;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected Allowance() {
	}

	public Allowance(long learnerId, LocalDate periodStart, LocalDate periodEnd, String currency, Instant createdAt) {
		this.learnerId = learnerId;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.currency = currency;
		this.createdAt = createdAt;
	}

	/** Whether the allowance is in force on {@code day}. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(periodStart) && !day.isAfter(periodEnd);
	}

	/**
	 * Whether a balance of {@code balanceMinor} pays {@code amountMinor} without
	 * going below zero (spending all of it is fine).
	 */
	public static boolean affords(long balanceMinor, long amountMinor) {
		return balanceMinor >= amountMinor;
	}

	public Long id() {
		return id;
	}

	public long learnerId() {
		return learnerId;
	}

	public LocalDate periodStart() {
		return periodStart;
	}

	public LocalDate periodEnd() {
		return periodEnd;
	}

	public String currency() {
		return currency;
	}
}
