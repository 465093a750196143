package org.opencme.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import org.opencme.identity.entity.Role;

/**
 * What a provider offers and accredits. Invariant: only its author (owner) or
 * an administrator may edit it, and only while it is a draft.
 */
@Entity
@Table(name = "activity")
public class Activity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_seq")
	@SequenceGenerator(name = "activity_seq", sequenceName = "activity_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false, length = 300)
	private String title;

	@Column
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActivityFormat format;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ActivityStatus status;

	@Column(name = "owner_id", nullable = false)
	private long ownerId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "row_version", nullable = false)
	private long version;

	protected Activity() {
	}

	public Activity(String title, String summary, ActivityFormat format, long ownerId, Instant now) {
		this.title = title;
		this.summary = summary;
		this.format = format;
		this.ownerId = ownerId;
		this.status = ActivityStatus.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The author edits their own activities, an administrator any; nobody edits a
	 * non-draft in place.
	 */
	public boolean isEditableBy(long userId, Set<Role> roles) {
		boolean mayEdit = roles.contains(Role.ADMIN) || roles.contains(Role.DESIGNER) && ownerId == userId;
		return mayEdit && status == ActivityStatus.DRAFT;
	}

	public void describe(String newTitle, String newSummary, Instant now) {
		this.title = newTitle;
		this.summary = newSummary;
		this.updatedAt = now;
	}

	/**
	 * Used by the demo data and, until the review workflow lands, by
	 * administrators.
	 */
	public void markPublished(Instant now) {
		this.status = ActivityStatus.PUBLISHED;
		this.updatedAt = now;
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public ActivityFormat format() {
		return format;
	}

	public ActivityStatus status() {
		return status;
	}

	public long ownerId() {
		return ownerId;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}
}
