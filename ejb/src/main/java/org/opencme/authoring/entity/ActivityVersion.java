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
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.opencme.content.pkg.ActivityFormat;

/**
 * The published, immutable content of an activity. Learners stay on the version
 * they enrolled in; old versions stay readable for audits. No setters, no
 * updatable columns.
 */
@Entity
@Table(name = "activity_version")
public class ActivityVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activity_version_seq")
	@SequenceGenerator(name = "activity_version_seq", sequenceName = "activity_version_seq", allocationSize = 50)
	private Long id;

	@Column(name = "activity_id", nullable = false, updatable = false)
	private long activityId;

	@Column(name = "version_no", nullable = false, updatable = false)
	private int versionNo;

	@Column(nullable = false, updatable = false, length = 300)
	private String title;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false, length = 20)
	private ActivityFormat format;

	@Column(nullable = false, updatable = false)
	private String manifest;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "activity_version_file", joinColumns = @JoinColumn(name = "version_id"))
	@MapKeyColumn(name = "file_path")
	@Column(name = "sha256", updatable = false)
	private Map<String, String> files = new HashMap<>();

	@Column(name = "published_at", nullable = false, updatable = false)
	private Instant publishedAt;

	@Column(name = "author_id", nullable = false, updatable = false)
	private long authorId;

	@Column(name = "approved_by", nullable = false, updatable = false)
	private long approvedBy;

	protected ActivityVersion() {
	}

	public ActivityVersion(Activity activity, int versionNo, long approvedBy, Instant publishedAt) {
		this.activityId = activity.id();
		this.versionNo = versionNo;
		this.title = activity.title();
		this.format = activity.format();
		this.manifest = activity.draftManifest();
		this.files.putAll(activity.files());
		this.authorId = activity.ownerId();
		this.approvedBy = approvedBy;
		this.publishedAt = publishedAt;
	}

	public Long id() {
		return id;
	}

	public long activityId() {
		return activityId;
	}

	public int versionNo() {
		return versionNo;
	}

	public String title() {
		return title;
	}

	public ActivityFormat format() {
		return format;
	}

	public String manifest() {
		return manifest;
	}

	public Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public long authorId() {
		return authorId;
	}

	public long approvedBy() {
		return approvedBy;
	}
}
