package org.opencme.certification.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.opencme.platform.boundary.DataDirectory;

/**
 * Rendered certificate PDFs kept by a bulk issue, one file per verification
 * code under the data directory's {@code certificates/}. A file is written to a
 * temporary name, forced to disk and then moved into place, so it is either
 * whole or absent; the key is the (random, never reused) verification code, so
 * a file left by a rolled-back issue is never served. A missing file is
 * rendered on request from the frozen content.
 */
public final class CertificateFiles {

	private CertificateFiles() {
	}

	private static Path dir() {
		return DataDirectory.resolve("certificates");
	}

	private static Path path(String code) {
		if (!CertificateNumbers.isCode(code)) {
			throw new IllegalArgumentException("not a verification code");
		}
		return dir().resolve(code + ".pdf");
	}

	public static boolean exists(String code) {
		return Files.isRegularFile(path(code));
	}

	public static Optional<byte[]> read(String code) {
		Path p = path(code);
		try {
			return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	public static void write(String code, byte[] pdf) {
		Path target = path(code);
		Path tmp = target.resolveSibling(code + ".tmp-" + Thread.currentThread().getId());
		try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			ch.write(java.nio.ByteBuffer.wrap(pdf));
			ch.force(true);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot keep the certificate PDF", e);
		}
		try {
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot keep the certificate PDF", e);
		}
	}
}
