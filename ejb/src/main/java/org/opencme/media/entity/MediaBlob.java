package org.opencme.media.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Metadata of one stored file. Immutable: the same bytes always have the same
 * row.
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

	protected MediaBlob() {
	}

	public MediaBlob(String sha256, long size, String contentType, Instant createdAt) {
		this.sha256 = sha256;
		this.size = size;
		this.contentType = contentType;
		this.createdAt = createdAt;
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
