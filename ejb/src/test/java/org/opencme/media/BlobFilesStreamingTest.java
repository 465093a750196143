package org.opencme.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencme.media.boundary.MediaStore;
import org.opencme.media.control.BlobFiles;

/**
 * Media are copied into the store by streaming: hashed on the way, stopped at
 * the limit, leaving nothing behind when refused.
 */
class BlobFilesStreamingTest {

	@TempDir
	Path root;

	@Test
	void aStreamIsStoredUnderTheHashOfAllItsBytes() throws IOException {
		byte[] content = new byte[300_000];
		new Random(1).nextBytes(content);
		BlobFiles files = new BlobFiles(root);
		BlobFiles.Written written = files.write(Arrays.copyOf(content, 4096),
				new ByteArrayInputStream(content, 4096, content.length - 4096), content.length);
		assertEquals(MediaStore.sha256(content), written.sha256());
		assertEquals(content.length, written.size());
		assertArrayEquals(content, files.read(written.sha256()));
		assertEquals(0, leftovers(), "the temporary copy is moved, not left");
	}

	@Test
	void aStreamOverTheLimitIsRefusedAndLeavesNothing() throws IOException {
		byte[] content = new byte[10_001];
		BlobFiles files = new BlobFiles(root);
		assertThrows(BlobFiles.TooLargeException.class,
				() -> files.write(new byte[0], new ByteArrayInputStream(content), 10_000));
		assertFalse(files.exists(MediaStore.sha256(content)), "nothing stored under the hash");
		assertEquals(0, leftovers());
	}

	private long leftovers() throws IOException {
		Path incoming = root.resolve("incoming");
		if (!Files.isDirectory(incoming)) {
			return 0;
		}
		try (Stream<Path> left = Files.list(incoming)) {
			return left.count();
		}
	}
}
