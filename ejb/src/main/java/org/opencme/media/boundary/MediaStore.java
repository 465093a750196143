package org.opencme.media.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.opencme.media.control.BlobFiles;
import org.opencme.media.control.MediaTypes;
import org.opencme.media.control.VideoDuration;
import org.opencme.media.entity.MediaBlob;
import org.opencme.platform.boundary.Clock;
import org.opencme.platform.control.DataDirectory;

/**
 * Stores files once, by content. The bytes are on disk before the metadata row
 * commits; a rolled-back transaction leaves at most an unreferenced file, never
 * a row without bytes.
 */
@Stateless
public class MediaStore {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Clock clock;

	private BlobFiles files() {
		return new BlobFiles(DataDirectory.resolve("media"));
	}

	/** Stores a file, checking its type by content and its size for that type. */
	public StoredMedia put(byte[] content, String fileName, String field) {
		byte[] head = Arrays.copyOf(content, Math.min(content.length, 4096));
		String type = MediaTypes.detect(head, fileName)
				.orElseThrow(() -> new MediaRejectedException(field, "\"" + fileName + "\" is not a file type OpenCME "
						+ "accepts (PDF, MP4/WebM video, PNG/JPEG/GIF/WebP image, UTF-8 text)."));
		long limit = MediaTypes.limitFor(type);
		if (content.length > limit) {
			throw new MediaRejectedException(field, "\"" + fileName + "\" is larger than " + (limit / 1024 / 1024)
					+ " MB, the limit for " + type + ".");
		}
		String sha = sha256(content);
		files().write(sha, content);
		Long duration = type.startsWith("video/") ? requireDuration(sha, type, fileName, field) : null;
		MediaBlob blob = em.find(MediaBlob.class, sha);
		if (blob == null) {
			blob = new MediaBlob(sha, content.length, type, duration, clock.now());
			em.persist(blob);
		} else if (duration != null) {
			blob.recordDuration(duration);
		}
		return new StoredMedia(sha, blob.size(), blob.contentType());
	}

	/**
	 * A stored video's duration in milliseconds, as its container states it (never
	 * as a player reports it); empty for other files and for a video whose length
	 * cannot be read.
	 */
	public OptionalLong videoDurationMillis(String sha256) {
		MediaBlob blob = em.find(MediaBlob.class, sha256);
		if (blob == null || !blob.contentType().startsWith("video/")) {
			return OptionalLong.empty();
		}
		if (blob.durationMillis() == null) {
			OptionalLong read = VideoDuration.millis(files().path(sha256), blob.contentType());
			read.ifPresent(blob::recordDuration);
			return read;
		}
		return OptionalLong.of(blob.durationMillis());
	}

	/**
	 * Watching is counted against the video's real length, so a video whose
	 * container does not state it is refused rather than trusted to the player.
	 */
	private long requireDuration(String sha, String type, String fileName, String field) {
		return VideoDuration.millis(files().path(sha), type).orElseThrow(() -> new MediaRejectedException(field,
				"\"" + fileName + "\" is a video whose length cannot be read (a live-recorded WebM without a duration, "
						+ "a fragmented or damaged MP4). OpenCME needs the length to count watching: save it again "
						+ "as a regular MP4 or WebM, e.g. ffmpeg -i \"" + fileName + "\" -c copy -movflags +faststart "
						+ "out.mp4."));
	}

	public Optional<StoredMedia> find(String sha256) {
		return Optional.ofNullable(em.find(MediaBlob.class, sha256))
				.map(b -> new StoredMedia(b.sha256(), b.size(), b.contentType()));
	}

	public byte[] read(String sha256) {
		return files().read(sha256);
	}

	/** Where the bytes are, for streaming with range requests. */
	public Path path(String sha256) {
		return files().path(sha256);
	}

	public static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
