package org.opencme.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencme.media.boundary.MediaStore;
import org.opencme.media.control.BlobFiles;
import org.opencme.media.control.MediaTypes;

class MediaTypesTest {

	private static byte[] bytes(String ascii) {
		return ascii.getBytes(StandardCharsets.ISO_8859_1);
	}

	@Test
	void typesAreDetectedByContentNotByName() {
		assertEquals(Optional.of("application/pdf"), MediaTypes.detect(bytes("%PDF-1.7\n..."), "notes.txt"));
		assertEquals(Optional.of("image/png"), MediaTypes.detect(bytes("\u0089PNG\r\n\u001a\n...."), "x.pdf"));
		assertEquals(Optional.of("video/mp4"),
				MediaTypes.detect(bytes("\u0000\u0000\u0000\u0018ftypmp42...."), "v.mp4"));
		assertEquals(Optional.of("text/markdown"), MediaTypes.detect(bytes("# Title\n\ntext"), "module.md"));
	}

	@Test
	void aFileNamedPdfThatIsNotAPdfIsNotAPdf() {
		byte[] exe = {0x4D, 0x5A, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00};
		assertEquals(Optional.empty(), MediaTypes.detect(exe, "handout.pdf"));
	}

	@Test
	void limitsDependOnTheKind() {
		assertTrue(MediaTypes.limitFor("video/mp4") > MediaTypes.limitFor("application/pdf"));
		assertTrue(MediaTypes.limitFor("application/pdf") > MediaTypes.limitFor("text/markdown"));
	}

	@Test
	void blobsAreStoredOnceUnderTheirHashAndNoPartFileRemains(@TempDir Path root) throws IOException {
		BlobFiles files = new BlobFiles(root);
		byte[] content = bytes("%PDF-1.4 same bytes");
		String sha = MediaStore.sha256(content);
		files.write(sha, content);
		files.write(sha, content);
		assertArrayEquals(content, files.read(sha));
		try (var all = Files.walk(root)) {
			assertEquals(1, all.filter(Files::isRegularFile).count());
		}
		assertFalse(files.exists(MediaStore.sha256(bytes("other"))));
	}
}
