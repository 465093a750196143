package org.opencme.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Metadata of one stored file. Immutable: the same bytes always have the same
 * row. A video's duration is read from its container when it is stored (or, for
 * a file stored before OpenCME read durations, once when first needed).
 */
@Entity
@Table(name = "media_blob")
public class MediaBlob {

	@Id
	@Column(length = 64)
	private String sha256;

	@Column(name = "size_bytes", nullable = false, updatable = false)
	private long size;

	@Column(name = "content_type", nullable = false, updatable = false, length = 100)
	private String contentType;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "duration_ms")
	private Long durationMillis;

	protected MediaBlob() {
	}

	public MediaBlob(String sha256, long size, String contentType, Long durationMillis, Instant createdAt) {
		this.sha256 = sha256;
		this.size = size;
		this.contentType = contentType;
		this.durationMillis = durationMillis;
		this.createdAt = createdAt;
	}

	/** Fills in the duration of a video stored before durations were read. */
	public void recordDuration(long millis) {
		if (durationMillis == null) {
			durationMillis = millis;
		}
	}

	/**
	 * The video's duration in milliseconds, or null (not a video, or not read yet).
	 */
	public Long durationMillis() {
		return durationMillis;
	}

	public String sha256() {
		return sha256;
	}

	public long size() {
		return size;
	}

	public String contentType() {
		return contentType;
	}

	public Instant createdAt() {
		return createdAt;
	}
}
