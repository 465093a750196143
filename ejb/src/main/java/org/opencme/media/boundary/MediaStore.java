package org.opencme.media.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.opencme.content.pkg.PackageFile;
import org.opencme.media.control.BlobFiles;
import org.opencme.media.control.MediaTypes;
import org.opencme.media.control.VideoDuration;
import org.opencme.media.entity.MediaBlob;
import org.opencme.platform.boundary.DataDirectory;

/**
 * Stores files once, by content. The bytes are on disk before the metadata row
 * commits; a rolled-back transaction leaves at most an unreferenced file, never
 * a row without bytes. Files are streamed in and out, never held in memory
 * whole.
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
		return put(new ByteArrayInputStream(content), fileName, field);
	}

	/**
	 * Stores a file of a package: one the store already holds (a draft saved again)
	 * is not copied; any other is streamed in.
	 */
	public StoredMedia put(PackageFile file, String field) {
		Optional<StoredMedia> known = file.knownSha256().filter(sha -> files().exists(sha)).flatMap(this::find);
		if (known.isPresent()) {
			return known.get();
		}
		try (InputStream in = file.open()) {
			return put(in, file.path(), field);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file.path(), e);
		}
	}

	/**
	 * Streams a file into the store: its type is decided by its first bytes, its
	 * size is checked for that type while it is copied (an upload over the limit
	 * stops there and leaves nothing), its SHA-256 is computed on the way. Never
	 * holds more than a buffer in memory. {@code in} is not closed.
	 */
	public StoredMedia put(InputStream in, String fileName, String field) {
		return put(in, fileName, field, type -> true, null);
	}

	/**
	 * As {@link #put(InputStream, String, String)}, for a place that takes one kind
	 * of file only: a file whose content is of another type is refused before
	 * anything is stored ("... is not {@code what}").
	 */
	public StoredMedia put(InputStream in, String fileName, String field, java.util.function.Predicate<String> accepted,
			String what) {
		try {
			byte[] head = in.readNBytes(4096);
			String type = MediaTypes.detect(head, fileName)
					.orElseThrow(() -> new MediaRejectedException(field, "\"" + fileName + "\" is not a file type "
							+ "OpenCME accepts (PDF, MP4/WebM video, PNG/JPEG/GIF/WebP image, UTF-8 text)."));
			if (!accepted.test(type)) {
				throw new MediaRejectedException(field,
						"\"" + fileName + "\" is not " + what + ": its content is " + type + ". Nothing was attached.");
			}
			long limit = MediaTypes.limitFor(type);
			BlobFiles.Written written;
			try {
				written = files().write(head, in, limit);
			} catch (BlobFiles.TooLargeException e) {
				throw new MediaRejectedException(field, "\"" + fileName + "\" is larger than " + (limit / 1024 / 1024)
						+ " MB, the limit for " + type + ".");
			}
			Long duration = type.startsWith("video/") ? requireDuration(written.sha256(), type, fileName, field) : null;
			MediaBlob blob = em.find(MediaBlob.class, written.sha256());
			if (blob == null) {
				blob = new MediaBlob(written.sha256(), written.size(), type, duration, Instant.now(clock));
				em.persist(blob);
			} else if (duration != null) {
				blob.recordDuration(duration);
			}
			return new StoredMedia(blob.sha256(), blob.size(), blob.contentType());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot store " + fileName, e);
		}
	}

	/**
	 * A stored file as a file of a package, read from the store when needed (never
	 * loaded here).
	 */
	public PackageFile asPackageFile(String path, String sha256) {
		long size = find(sha256).map(StoredMedia::size).orElseGet(() -> sizeOnDisk(sha256));
		return PackageFile.onDisk(path, files().path(sha256), size, sha256);
	}

	private long sizeOnDisk(String sha256) {
		try {
			return Files.size(files().path(sha256));
		} catch (IOException e) {
			throw new UncheckedIOException("Stored media " + sha256 + " is missing", e);
		}
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
