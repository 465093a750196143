package org.opencme.media.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The bytes of the media store on disk:
 * {@code <root>/<first two hex digits>/<sha256>}. A file is written to a
 * temporary name and moved into place in one step, so a failed upload never
 * leaves a half file under a real name.
 */
public final class BlobFiles {

	private final Path root;

	public BlobFiles(Path root) {
		this.root = root;
	}

	public Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256);
	}

	public boolean exists(String sha256) {
		return Files.isRegularFile(path(sha256));
	}

	public void write(String sha256, byte[] content) {
		Path target = path(sha256);
		if (Files.isRegularFile(target)) {
			return;
		}
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
			try {
				Files.write(temp, content);
				move(temp, target);
			} finally {
				Files.deleteIfExists(temp);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot store media " + sha256, e);
		}
	}

	public byte[] read(String sha256) {
		try {
			return Files.readAllBytes(path(sha256));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read media " + sha256, e);
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
