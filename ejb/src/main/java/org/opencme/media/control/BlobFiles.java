package org.opencme.media.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

	/** What {@link #write(byte[], InputStream, long)} stored. */
	public record Written(String sha256, long size) {
	}

	/** More bytes came than the limit allows; nothing was stored. */
	public static final class TooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		TooLargeException(long limit) {
			super("more than " + limit + " bytes");
		}
	}

	/**
	 * Streams {@code head} and then the rest of {@code in} into the store, hashing
	 * (SHA-256) and counting as the bytes pass: to an owner-only temporary file
	 * beside the store, moved under its hash at the end. Never more than a buffer
	 * is held in memory. More than {@code limit} bytes stop the copy and leave
	 * nothing behind.
	 */
	public Written write(byte[] head, InputStream in, long limit) throws IOException {
		Path incoming = root.resolve("incoming");
		Files.createDirectories(incoming);
		Path temp = Files.createTempFile(incoming, "upload", ".part");
		try {
			MessageDigest digest = sha256Digest();
			long size = 0;
			try (OutputStream out = Files.newOutputStream(temp)) {
				digest.update(head);
				out.write(head);
				size = head.length;
				byte[] buffer = new byte[64 * 1024];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					size += n;
					if (size > limit) {
						throw new TooLargeException(limit);
					}
					digest.update(buffer, 0, n);
					out.write(buffer, 0, n);
				}
			}
			if (size > limit) {
				throw new TooLargeException(limit);
			}
			String sha = HexFormat.of().formatHex(digest.digest());
			Path target = path(sha);
			if (!Files.isRegularFile(target)) {
				Files.createDirectories(target.getParent());
				move(temp, target);
			}
			return new Written(sha, size);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	private static MessageDigest sha256Digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
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
