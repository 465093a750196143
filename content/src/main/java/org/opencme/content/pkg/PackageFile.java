package org.opencme.content.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One file of a package other than the manifest: a Markdown document or a media
 * file. Its bytes are either held in memory (small files, packages built in
 * code) or stay where they are, on disk (an entry of an uploaded zip, a file of
 * the media store) and are streamed by {@link #open()}: a package of several
 * hundred megabytes then costs no heap. Immutable; equality is by path and
 * content so that packages compare by value.
 */
public final class PackageFile implements Serializable {

	private static final long serialVersionUID = 1L;

	/** Where the bytes of a file not held in memory are read from. */
	@FunctionalInterface
	public interface Source extends Serializable {
		InputStream open() throws IOException;
	}

	private final String path;
	private final long size;
	private final byte[] bytes;
	private final Source source;
	private final String knownSha256;

	public PackageFile(String path, byte[] content) {
		this.path = Objects.requireNonNull(path, "path");
		this.bytes = content.clone();
		this.size = content.length;
		this.source = null;
		this.knownSha256 = null;
	}

	private PackageFile(String path, long size, Source source, String knownSha256) {
		this.path = Objects.requireNonNull(path, "path");
		this.bytes = null;
		this.size = size;
		this.source = Objects.requireNonNull(source, "source");
		this.knownSha256 = knownSha256;
	}

	public static PackageFile ofText(String path, String text) {
		return new PackageFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A file whose {@code size} bytes are read from {@code source} when needed;
	 * {@code sha256} is their hash when already known (or {@code null}).
	 */
	public static PackageFile streamed(String path, long size, Source source, String sha256) {
		return new PackageFile(path, size, source, sha256);
	}

	/**
	 * A file left where it is on disk, e.g. in a content-addressed store under its
	 * {@code sha256} (or {@code null} when not known).
	 */
	public static PackageFile onDisk(String path, Path file, long size, String sha256) {
		return new PackageFile(path, size, new FileSource(file.toAbsolutePath().toString()), sha256);
	}

	public String path() {
		return path;
	}

	/**
	 * The whole content in memory: for small files only (Markdown, the PDF check);
	 * large media are copied with {@link #open()}.
	 */
	public byte[] content() {
		if (bytes != null) {
			return bytes.clone();
		}
		if (size > Integer.MAX_VALUE - 8) {
			throw new IllegalStateException(this + " is too large to be held in memory");
		}
		try (InputStream in = source.open()) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
	}

	/** The content as a stream; the caller closes it. */
	public InputStream open() throws IOException {
		return bytes != null ? new ByteArrayInputStream(bytes) : source.open();
	}

	public long size() {
		return size;
	}

	/** Whether the bytes are held in memory (rather than streamed from disk). */
	public boolean inMemory() {
		return bytes != null;
	}

	/**
	 * The SHA-256 the file is known by without reading it (a file of the media
	 * store), if any.
	 */
	public Optional<String> knownSha256() {
		return Optional.ofNullable(knownSha256);
	}

	/** The content decoded as UTF-8, as Markdown files are stored. */
	public String text() {
		return new String(content(), StandardCharsets.UTF_8);
	}

	/**
	 * Lower-case hex SHA-256 of the content, e.g. to store media once or to compare
	 * versions; streamed for files not in memory.
	 */
	public String sha256() {
		if (knownSha256 != null) {
			return knownSha256;
		}
		MessageDigest digest = newDigest();
		if (bytes != null) {
			return HexFormat.of().formatHex(digest.digest(bytes));
		}
		try (InputStream in = new DigestInputStream(source.open(), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + path, e);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof PackageFile file) || !path.equals(file.path) || size != file.size) {
			return false;
		}
		if (bytes != null && file.bytes != null) {
			return Arrays.equals(bytes, file.bytes);
		}
		return sha256().equals(file.sha256());
	}

	@Override
	public int hashCode() {
		return 31 * path.hashCode() + Long.hashCode(size);
	}

	@Override
	public String toString() {
		return "PackageFile[" + path + ", " + size + " bytes" + (bytes == null ? ", on disk]" : "]");
	}

	/** A file on disk, by its absolute path (serialisable, unlike a Path). */
	private record FileSource(String file) implements Source {
		@Override
		public InputStream open() throws IOException {
			return Files.newInputStream(Path.of(file));
		}
	}
}
