package org.opencme.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The last certificate number taken in a year. Read with a pessimistic lock in
 * the issuing transaction, so numbers follow each other without gaps: a
 * transaction that rolls back gives its number back.
 */
@Entity
@Table(name = "certificate_counter")
public class CertificateCounter {

	@Id
	@Column(name = "issue_year")
	private int year;

	@Column(name = "last_serial", nullable = false)
	private long lastSerial;

	protected CertificateCounter() {
	}

	public CertificateCounter(int year) {
		this.year = year;
	}

	/** Takes the next serial of the year. */
	public long next() {
		return ++lastSerial;
	}

	public int year() {
		return year;
	}
}
