package org.opencme.idempotency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One {@code Idempotency-Key} of one account: the request it was first used for
 * (fingerprint only, never the body) and, once that request finished, its
 * response. Unique per account and key (the database's unique index decides who
 * runs when two requests race). Created {@link Status#IN_FLIGHT}, completed at
 * most once and never overwritten; it lives {@link #RETENTION} from creation.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

	/** How long a key is remembered, counted from the first request. */
	public static final Duration RETENTION = Duration.ofHours(24);

	/** The largest status that is stored; 5xx answers release the key instead. */
	public static final int LAST_STORED_STATUS = 499;

	/** Where the first request with the key stands. */
	public enum Status {
		IN_FLIGHT, COMPLETED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
	@SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
	private Long id;

	@Column(name = "account_id", nullable = false, updatable = false)
	private long accountId;

	@Column(name = "idem_key", nullable = false, updatable = false, length = 255)
	private String key;

	@Column(name = "http_method", nullable = false, updatable = false, length = 10)
	private String method;

	@Column(name = "request_path", nullable = false, updatable = false, length = 2000)
	private String path;

	@Column(name = "request_content_type", updatable = false, length = 255)
	private String requestContentType;

	@Column(name = "request_sha256", nullable = false, updatable = false, length = 64)
	private String requestSha256;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Status status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false, updatable = false)
	private Instant expiresAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "response_status")
	private Integer responseStatus;

	@Column(name = "response_content_type", length = 255)
	private String responseContentType;

	@Column(name = "response_location", length = 2000)
	private String responseLocation;

	@Column(name = "response_body")
	private byte[] responseBody;

	protected IdempotencyRecord() {
	}

	public IdempotencyRecord(long accountId, String key, RequestFingerprint request, Instant now) {
		this.accountId = accountId;
		this.key = key;
		this.method = request.method();
		this.path = request.path();
		this.requestContentType = request.contentType();
		this.requestSha256 = request.bodySha256();
		this.status = Status.IN_FLIGHT;
		this.createdAt = now;
		this.expiresAt = now.plus(RETENTION);
	}

	/** Whether a response with this status is kept for replay (2xx, 3xx, 4xx). */
	public static boolean isStorable(int status) {
		return status >= 200 && status <= LAST_STORED_STATUS;
	}

	/**
	 * Stores the first request's response. Only once, and only a storable status: a
	 * stored answer is never replaced.
	 */
	public void complete(StoredResponse response, Instant now) {
		if (status != Status.IN_FLIGHT) {
			throw new IllegalStateException("The response of key " + key + " is already stored");
		}
		if (!isStorable(response.status())) {
			throw new IllegalArgumentException("A " + response.status() + " response is not stored");
		}
		this.status = Status.COMPLETED;
		this.completedAt = now;
		this.responseStatus = response.status();
		this.responseContentType = response.contentType();
		this.responseLocation = response.location();
		this.responseBody = response.body();
	}

	public boolean isExpired(Instant now) {
		return !now.isBefore(expiresAt);
	}

	public boolean isInFlight() {
		return status == Status.IN_FLIGHT;
	}

	public RequestFingerprint fingerprint() {
		return new RequestFingerprint(method, path, requestContentType, requestSha256);
	}

	/** The stored response; only for a completed record. */
	public StoredResponse storedResponse() {
		if (status != Status.COMPLETED) {
			throw new IllegalStateException("The request with key " + key + " has not finished");
		}
		return new StoredResponse(responseStatus, responseContentType, responseLocation, responseBody);
	}

	public Long id() {
		return id;
	}

	public long accountId() {
		return accountId;
	}

	public String key() {
		return key;
	}

	public Status status() {
		return status;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}
}
