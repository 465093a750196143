package org.opencme.idempotency.rest;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencme.idempotency.boundary.RequestDigest;

/**
 * A request body read once, hashed as it streams past, and kept for the
 * resource to read again: in memory up to {@link #IN_MEMORY} bytes, beyond that
 * in a temporary file (owner-only) that {@link #close()} deletes. The hash must
 * be known before the request may run, so the body cannot simply stream
 * through; a package upload therefore costs a disk copy, never its size in
 * memory.
 */
final class SpooledBody implements AutoCloseable {

	static final int IN_MEMORY = 256 * 1024;

	private final RequestDigest digest;
	private final byte[] memory;
	private final Path file;

	private SpooledBody(RequestDigest digest, byte[] memory, Path file) {
		this.digest = digest;
		this.memory = memory;
		this.file = file;
	}

	static SpooledBody read(InputStream in, String contentType) throws IOException {
		RequestDigest digest = RequestDigest.start(contentType);
		ByteArrayOutputStream memory = new ByteArrayOutputStream();
		Path file = null;
		OutputStream out = memory;
		try {
			byte[] buffer = new byte[16 * 1024];
			for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
				if (file == null && memory.size() + n > IN_MEMORY) {
					file = Files.createTempFile("opencme-idempotency-", ".body");
					out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
					memory.writeTo(out);
					memory = null;
				}
				out.write(buffer, 0, n);
			}
			out.close();
			return new SpooledBody(digest, file == null ? memory.toByteArray() : null, file);
		} catch (IOException | RuntimeException e) {
			out.close();
			if (file != null) {
				Files.deleteIfExists(file);
			}
			throw e;
		}
	}

	RequestDigest digest() {
		return digest;
	}

	/** Whether the body went to a temporary file. */
	boolean onDisk() {
		return file != null;
	}

	InputStream open() throws IOException {
		return file == null ? new ByteArrayInputStream(memory) : Files.newInputStream(file);
	}

	@Override
	public void close() throws IOException {
		if (file != null) {
			Files.deleteIfExists(file);
		}
	}
}
