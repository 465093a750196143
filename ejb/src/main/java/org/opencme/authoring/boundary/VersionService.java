package org.opencme.authoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opencme.authoring.control.StoredPackages;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityVersion;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageReader;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.media.boundary.MediaStore;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * The published versions of activities and their files: immutable once
 * approved, readable by anyone (learners take them, auditors read them).
 */
@Stateless
public class VersionService {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	MediaStore media;

	private final PackageReader reader = new PackageReader();
	private final PackageWriter writer = new PackageWriter();

	/** A published version as a content package. */
	public ContentPackage version(long activityId, int versionNo) {
		ActivityVersion version = versionEntity(activityId, versionNo);
		return new StoredPackages(media).load(version.manifest(), version.files());
	}

	/**
	 * Only the manifest of a published version (no media read): what learning needs
	 * to run it.
	 */
	public ActivityManifest versionManifest(long activityId, int versionNo) {
		return reader.manifest(versionEntity(activityId, versionNo).manifest().getBytes(StandardCharsets.UTF_8));
	}

	/** A file of a published version, e.g. the Markdown of a content module. */
	public Optional<byte[]> versionFile(long activityId, int versionNo, String path) {
		return versionFileSha(activityId, versionNo, path).map(media::read);
	}

	/**
	 * The sha256 under which a published version's file is stored (for /media
	 * links).
	 */
	public Optional<String> versionFileSha(long activityId, int versionNo, String path) {
		return Optional.ofNullable(versionEntity(activityId, versionNo).files().get(path));
	}

	public byte[] exportVersion(long activityId, int versionNo) {
		return writer.write(version(activityId, versionNo));
	}

	public List<VersionSummary> versions(long activityId) {
		return em
				.createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id ORDER BY v.versionNo",
						ActivityVersion.class)
				.setParameter("id", activityId).getResultList().stream()
				.map(v -> new VersionSummary(v.id(), v.versionNo(), v.title(), v.publishedAt(), v.approvedBy()))
				.toList();
	}

	/**
	 * Every activity that holds the stored file, in a published version or in its
	 * working copy, with its authors: the facts learning's
	 * {@code MediaAccessService} decides on.
	 */
	public List<MediaHolder> mediaHolders(String sha256) {
		List<MediaHolder> holders = new ArrayList<>();
		List<ActivityVersion> versions = em
				.createQuery("SELECT DISTINCT v FROM ActivityVersion v JOIN v.files f WHERE f = :sha",
						ActivityVersion.class)
				.setParameter("sha", sha256).getResultList();
		for (ActivityVersion version : versions) {
			Activity activity = em.find(Activity.class, version.activityId());
			holders.add(new MediaHolder(activity.id(), version.versionNo(), activity.ownerId(), activity.coauthors()));
		}
		List<Activity> drafts = em
				.createQuery("SELECT DISTINCT a FROM Activity a JOIN a.files f WHERE f = :sha", Activity.class)
				.setParameter("sha", sha256).getResultList();
		for (Activity activity : drafts) {
			holders.add(new MediaHolder(activity.id(), null, activity.ownerId(), activity.coauthors()));
		}
		return holders;
	}

	ActivityVersion versionEntity(long activityId, int versionNo) {
		return em
				.createQuery("SELECT v FROM ActivityVersion v WHERE v.activityId = :id AND v.versionNo = :no",
						ActivityVersion.class)
				.setParameter("id", activityId).setParameter("no", versionNo).getResultStream().findFirst()
				.orElseThrow(() -> new RecordNotFoundException("Version " + versionNo + " of activity", activityId));
	}
}
