package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.pkg.TestPackages.assertProblem;
import static org.opencme.content.pkg.TestPackages.minimalManifest;
import static org.opencme.content.pkg.TestPackages.patched;
import static org.opencme.content.pkg.TestPackages.zip;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Packages read from a zip on disk ({@link PackageReader#open(Path)}): files
 * stay in the zip, and the per-file, total and ratio limits hold while
 * streaming, whatever the zip's headers claim.
 */
class PackageDiskReadingTest {

	@TempDir
	Path dir;

	@Test
	void filesStayOnDiskAndReadAsFromMemory() throws IOException {
		byte[] clip = new byte[300_000];
		new Random(7).nextBytes(clip);
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put("media/clip.bin", clip);
		byte[] bytes = zip(patched(p -> p.add("/files/-", "media/clip.bin")), files);
		Path file = write(bytes);

		ContentPackage fromMemory = new PackageReader().read(bytes);
		try (PackageArchive archive = new PackageReader().open(file)) {
			ContentPackage fromDisk = archive.contentPackage();
			PackageFile media = fromDisk.file("media/clip.bin").orElseThrow();
			assertFalse(media.inMemory(), "an uploaded file is streamed from the zip, not held in memory");
			assertEquals(clip.length, media.size());
			try (InputStream in = media.open()) {
				assertArrayEquals(clip, in.readAllBytes());
			}
			assertEquals(fromMemory, fromDisk);
			assertEquals(fromMemory.file("media/clip.bin").orElseThrow().sha256(), media.sha256());
			archive.close();
			assertThrows(IOException.class, () -> media.open().read(), "only while the archive is open");
		}
	}

	@Test
	void anEntryOverThePerFileLimitIsRefusedEvenWhenItsHeadersClaimLess() throws IOException {
		byte[] big = new byte[5_000];
		Arrays.fill(big, (byte) 'a');
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put("media/big.txt", big);
		byte[] zip = zip(patched(p -> p.add("/files/-", "media/big.txt")), files);
		byte[] lying = withDeclaredSize(zip, "media/big.txt", 10);
		PackageReader reader = new PackageReader(PackageLimits.defaults().withMaxFileBytes(4_000));
		assertProblem(problems(reader, write(lying)), "media/big.txt", "larger than the limit of 4000 bytes per file");
		assertProblem(problems(reader, write(zip)), "media/big.txt", "larger than the limit of 4000 bytes per file");
	}

	@Test
	void theTotalUncompressedSizeIsCappedWhileStreaming() throws IOException {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		for (int i = 0; i < 5; i++) {
			byte[] part = new byte[3_000];
			new Random(i).nextBytes(part);
			files.put("media/part" + i + ".bin", part);
		}
		PackageReader reader = new PackageReader(PackageLimits.defaults().withMaxTotalBytes(10_000));
		assertProblem(problems(reader, write(zip(minimalManifest(), files))), "", "more than the limit of 10000");
	}

	@Test
	void aZipBombStopsEarlyOnItsInflatedBytes() throws IOException {
		Path bomb = dir.resolve("bomb.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry(ContentPackage.MANIFEST));
			zip.write(minimalManifest().toString().getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("media/zeros.bin"));
			byte[] chunk = new byte[1 << 20];
			for (int i = 0; i < 512; i++) {
				zip.write(chunk);
			}
			zip.closeEntry();
		}
		assertTrue(Files.size(bomb) < 4 * 1024 * 1024, "512 MB of zeros in a few KB: " + Files.size(bomb));
		List<PackageProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> problems(new PackageReader(), bomb));
		assertProblem(problems, "media/zeros.bin", "zip bomb");
	}

	@Test
	void aBombUnderTheRatioStillHitsTheTotalCap() throws IOException {
		Path file = dir.resolve("zeros.zip");
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(ContentPackage.MANIFEST));
			zip.write(minimalManifest().toString().getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("media/zeros.bin"));
			zip.write(new byte[3 << 20]);
			zip.closeEntry();
		}
		PackageLimits limits = new PackageLimits(100L << 20, 2L << 20, 10_000, 100_000, 1L << 20);
		assertProblem(problems(new PackageReader(limits), file), "", "uncompresses to more than");
	}

	@Test
	void aFileThatIsNotAZipIsOneProblem() throws IOException {
		assertProblem(problems(new PackageReader(), write("not a zip".getBytes(StandardCharsets.UTF_8))), "",
				"not a readable zip archive");
	}

	private Path write(byte[] bytes) throws IOException {
		Path file = Files.createTempFile(dir, "package", ".zip");
		Files.write(file, bytes);
		return file;
	}

	private static List<PackageProblem> problems(PackageReader reader, Path zip) {
		return assertThrows(PackageRejectedException.class, () -> reader.open(zip).close()).problems();
	}

	/**
	 * The zip with the uncompressed size that its central directory declares for
	 * {@code name} replaced by {@code size}.
	 */
	private static byte[] withDeclaredSize(byte[] zip, String name, int size) {
		byte[] out = zip.clone();
		ByteBuffer buffer = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		boolean patched = false;
		for (int i = 0; i + 46 < out.length; i++) {
			if (buffer.getInt(i) == 0x02014b50 && (buffer.getShort(i + 28) & 0xffff) == wanted.length
					&& Arrays.equals(out, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
				buffer.putInt(i + 24, size);
				patched = true;
			}
		}
		assertTrue(patched, "central directory entry of " + name + " found");
		return out;
	}
}
