package org.opencme.idempotency.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.opencme.idempotency.boundary.RequestDigest;

class SpooledBodyTest {

	private static byte[] random(int size) {
		byte[] bytes = new byte[size];
		new Random(size).nextBytes(bytes);
		return bytes;
	}

	private static String sha(byte[] body) {
		RequestDigest digest = RequestDigest.start("application/zip");
		digest.update(body, 0, body.length);
		return digest.finish("POST", "/api/activities/import").bodySha256();
	}

	private static long spoolFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(p -> p.getFileName().toString().startsWith("opencme-idempotency-")).count();
		}
	}

	@Test
	void aSmallBodyStaysInMemoryAndReadsBackUnchanged() throws IOException {
		byte[] body = random(SpooledBody.IN_MEMORY);
		try (SpooledBody spooled = SpooledBody.read(new ByteArrayInputStream(body), "application/zip");
				InputStream again = spooled.open()) {
			assertFalse(spooled.onDisk());
			assertArrayEquals(body, again.readAllBytes());
			assertEquals(sha(body), spooled.digest().finish("POST", "/api/activities/import").bodySha256());
		}
	}

	@Test
	void aLargeBodyGoesToATemporaryFileThatIsDeletedAfterwards() throws IOException {
		long before = spoolFiles();
		byte[] body = random(3 * SpooledBody.IN_MEMORY + 17);
		SpooledBody spooled = SpooledBody.read(new ByteArrayInputStream(body), "application/zip");
		try (InputStream again = spooled.open()) {
			assertTrue(spooled.onDisk());
			assertEquals(before + 1, spoolFiles());
			assertArrayEquals(body, again.readAllBytes());
			assertEquals(body.length, spooled.digest().length());
			assertEquals(sha(body), spooled.digest().finish("POST", "/api/activities/import").bodySha256());
		} finally {
			spooled.close();
		}
		assertEquals(before, spoolFiles());
	}

	@Test
	void aBrokenUploadLeavesNoFileBehind() throws IOException {
		long before = spoolFiles();
		InputStream failing = new InputStream() {
			private int left = 2 * SpooledBody.IN_MEMORY;

			@Override
			public int read() throws IOException {
				if (left-- == 0) {
					throw new IOException("client went away");
				}
				return 7;
			}
		};
		IOException e = assertThrows(IOException.class, () -> SpooledBody.read(failing, null));
		assertEquals("client went away", e.getMessage());
		assertEquals(before, spoolFiles());
	}
}
