package org.opencme.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Uploads go to an owner-only temporary file, at most the limit, deleted at the
 * end.
 */
class UploadSpoolTest {

	@Test
	void anUploadIsCopiedToAnOwnerOnlyFileThatCloseDeletes() throws Exception {
		byte[] body = new byte[200_000];
		Path file;
		try (UploadSpool spool = UploadSpool.copy(new ByteArrayInputStream(body), body.length)) {
			file = spool.path();
			assertEquals(body.length, spool.size());
			assertArrayEquals(body, Files.readAllBytes(file));
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		}
		assertFalse(Files.exists(file));
	}

	@Test
	void theCopyStopsAtTheFirstByteOverTheLimitAndLeavesNoFile() throws IOException {
		List<Path> before = spools();
		InputStream endless = new InputStream() {
			@Override
			public int read() {
				return 0;
			}
		};
		assertThrows(UploadSpool.TooLargeException.class, () -> UploadSpool.copy(endless, 100_000));
		assertEquals(before, spools(), "the partial copy is deleted");
	}

	private static List<Path> spools() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return new ArrayList<>(
					files.filter(p -> p.getFileName().toString().startsWith("opencme-upload-")).sorted().toList());
		}
	}
}
