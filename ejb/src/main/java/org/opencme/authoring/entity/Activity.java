package org.opencme.authoring.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.opencme.content.pkg.ActivityFormat;

/**
 * What a provider offers and accredits. Its working copy is a content package
 * (manifest JSON + files by content address); publishing freezes it as an
 * {@link ActivityVersion}. Invariants: only an author (owner or co-author) with
 * the DESIGNER role, or an administrator, edits it; editing a published
 * activity starts a new draft while the published version stays live; nobody
 * reviews their own activity.
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

	@Column(name = "draft_manifest")
	private String draftManifest;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "activity_file", joinColumns = @JoinColumn(name = "activity_id"))
	@MapKeyColumn(name = "file_path")
	@Column(name = "sha256")
	private Map<String, String> files = new HashMap<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "activity_coauthor", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "user_id")
	private Set<Long> coauthors = new HashSet<>();

	@Column(name = "live_version_no")
	private Integer liveVersionNo;

	@Column(name = "review_comment", length = 4000)
	private String reviewComment;

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

	public boolean isAuthor(long userId) {
		return ownerId == userId || coauthors.contains(userId);
	}

	/**
	 * Replaces the working copy; a published activity gets a new draft, its live
	 * version is untouched.
	 */
	public void replaceDraft(String newTitle, String newSummary, ActivityFormat newFormat, String manifestJson,
			Map<String, String> newFiles, Instant now) {
		this.title = newTitle;
		this.summary = newSummary;
		this.format = newFormat;
		this.draftManifest = manifestJson;
		this.files.clear();
		this.files.putAll(newFiles);
		this.updatedAt = now;
		if (status == ActivityStatus.PUBLISHED) {
			status = ActivityStatus.DRAFT;
		}
	}

	public void submit(Instant now) {
		require(ActivityStatus.DRAFT, "submit it for review");
		status = ActivityStatus.IN_REVIEW;
		reviewComment = null;
		updatedAt = now;
	}

	public void approve(int versionNo, Instant now) {
		require(ActivityStatus.IN_REVIEW, "approve it");
		status = ActivityStatus.PUBLISHED;
		liveVersionNo = versionNo;
		updatedAt = now;
	}

	public void returnForChanges(String comment, Instant now) {
		require(ActivityStatus.IN_REVIEW, "return it");
		status = ActivityStatus.DRAFT;
		reviewComment = comment;
		updatedAt = now;
	}

	public void retire(Instant now) {
		if (status == ActivityStatus.RETIRED || liveVersionNo == null) {
			throw new WorkflowException("Only a published activity can be retired; \"" + title + "\" is " + status
					+ (liveVersionNo == null ? " and was never published." : "."));
		}
		status = ActivityStatus.RETIRED;
		updatedAt = now;
	}

	private void require(ActivityStatus expected, String what) {
		if (status != expected) {
			throw new WorkflowException(
					"You cannot " + what + ": \"" + title + "\" is " + status + ", not " + expected + ".");
		}
	}

	/**
	 * Whether learners can find and take it: a published version exists and it is
	 * not retired.
	 */
	public boolean isLive() {
		return liveVersionNo != null && status != ActivityStatus.RETIRED;
	}

	public void addCoauthor(long userId) {
		if (userId != ownerId) {
			coauthors.add(userId);
		}
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

	public String draftManifest() {
		return draftManifest;
	}

	public Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	public Set<Long> coauthors() {
		return Collections.unmodifiableSet(coauthors);
	}

	public Integer liveVersionNo() {
		return liveVersionNo;
	}

	public String reviewComment() {
		return reviewComment;
	}
}
