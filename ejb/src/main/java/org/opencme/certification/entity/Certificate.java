package org.opencme.certification.entity;

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
 * An issued certificate: its number, its verification code and the content it
 * prints, frozen at issue. Never changed or removed (the entity refuses it); a
 * revocation is a {@link CertificateRevocation}, a reissue a new certificate
 * that {@link #supersedes()} this one.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
	@SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, updatable = false, length = 20)
	private String number;

	@Column(name = "verification_code", nullable = false, updatable = false, length = 40)
	private String verificationCode;

	@Column(name = "claim_id", nullable = false, updatable = false)
	private long claimId;

	/**
	 * The claim's id on its first certificate, null on a reissue: one per claim.
	 */
	@Column(name = "claim_key", updatable = false)
	private Long claimKey;

	@Column(name = "learner_id", nullable = false, updatable = false)
	private long learnerId;

	@Column(name = "enrollment_id", nullable = false, updatable = false)
	private long enrollmentId;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(nullable = false, updatable = false, length = 40)
	private String template;

	@Column(name = "content_json", nullable = false, updatable = false)
	private String contentJson;

	@Column(name = "issued_at", nullable = false, updatable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false, updatable = false, length = 254)
	private String issuedBy;

	@Column(name = "supersedes_id", updatable = false)
	private Long supersedes;

	protected Certificate() {
	}

	public Certificate(String number, String verificationCode, long claimId, boolean firstOfClaim, long learnerId,
			long enrollmentId, long activityId, int versionNo, String template, String contentJson, Instant issuedAt,
			String issuedBy, Long supersedes) {
		this.number = number;
		this.verificationCode = verificationCode;
		this.claimId = claimId;
		this.claimKey = firstOfClaim ? claimId : null;
		this.learnerId = learnerId;
		this.enrollmentId = enrollmentId;
		this.activityId = activityId;
		this.versionNo = versionNo;
		this.template = template;
		this.contentJson = contentJson;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
		this.supersedes = supersedes;
	}

	@PreUpdate
	@PreRemove
	void refuseChange() {
		throw new IllegalStateException("A certificate is never changed or deleted; revoke it or reissue it.");
	}

	public Long id() {
		return id;
	}

	public String number() {
		return number;
	}

	public String verificationCode() {
		return verificationCode;
	}

	public long claimId() {
		return claimId;
	}

	public long learnerId() {
		return learnerId;
	}

	public long enrollmentId() {
		return enrollmentId;
	}

	public long activityId() {
		return activityId;
	}

	public int versionNo() {
		return versionNo;
	}

	public String template() {
		return template;
	}

	public String contentJson() {
		return contentJson;
	}

	public Instant issuedAt() {
		return issuedAt;
	}

	public String issuedBy() {
		return issuedBy;
	}

	public Long supersedes() {
		return supersedes;
	}
}
