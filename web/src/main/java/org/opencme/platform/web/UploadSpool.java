package org.opencme.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An upload copied to a temporary file, readable and writable by the server's
 * user only, so that it is read from disk (a zip with random access) and never
 * held in memory; {@link #close()} deletes it, so use it in try-with-resources.
 * The copy stops at the first byte over the limit.
 */
public final class UploadSpool implements AutoCloseable {

	/** The upload has more bytes than the limit; the partial copy is deleted. */
	public static final class TooLargeException extends Exception {
		private static final long serialVersionUID = 1L;

		TooLargeException(long limit) {
			super("more than " + limit + " bytes");
		}
	}

	private final Path file;
	private final long size;

	private UploadSpool(Path file, long size) {
		this.file = file;
		this.size = size;
	}

	/**
	 * Copies {@code in} (not closed) to a new owner-only temporary file, at most
	 * {@code limit} bytes.
	 */
	public static UploadSpool copy(InputStream in, long limit) throws IOException, TooLargeException {
		Path file = Files.createTempFile("opencme-upload-", ".part", ownerOnly());
		try {
			long size = 0;
			try (OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					size += n;
					if (size > limit) {
						throw new TooLargeException(limit);
					}
					out.write(buffer, 0, n);
				}
			}
			return new UploadSpool(file, size);
		} catch (IOException | TooLargeException | RuntimeException e) {
			Files.deleteIfExists(file);
			throw e;
		}
	}

	private static FileAttribute<?>[] ownerOnly() {
		return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
				? new FileAttribute<?>[]{
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
				: new FileAttribute<?>[0];
	}

	public Path path() {
		return file;
	}

	public long size() {
		return size;
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(file);
	}
}
