package org.opencme.certification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;

/** A certificate's revocation: who, when and why. Never changed or removed. */
@Entity
@Table(name = "certificate_revocation")
public class CertificateRevocation {

	@Id
	@Column(name = "certificate_id")
	private long certificateId;

	@Column(name = "revoked_at", nullable = false, updatable = false)
	private Instant revokedAt;

	@Column(name = "revoked_by", nullable = false, updatable = false, length = 254)
	private String revokedBy;

	@Column(nullable = false, updatable = false, length = 1000)
	private String reason;

	protected CertificateRevocation() {
	}

	public CertificateRevocation(long certificateId, Instant revokedAt, String revokedBy, String reason) {
		this.certificateId = certificateId;
		this.revokedAt = revokedAt;
		this.revokedBy = revokedBy;
		this.reason = reason;
	}

	@PreUpdate
	@PreRemove
	void refuseChange() {
		throw new IllegalStateException("A revocation is never changed or deleted.");
	}

	public long certificateId() {
		return certificateId;
	}

	public Instant revokedAt() {
		return revokedAt;
	}

	public String revokedBy() {
		return revokedBy;
	}

	public String reason() {
		return reason;
	}
}
