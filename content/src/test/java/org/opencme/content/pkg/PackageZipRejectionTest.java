package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opencme.content.pkg.TestPackages.assertProblem;
import static org.opencme.content.pkg.TestPackages.minimalManifest;
import static org.opencme.content.pkg.TestPackages.patched;
import static org.opencme.content.pkg.TestPackages.problems;
import static org.opencme.content.pkg.TestPackages.zip;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rejections decided from the zip itself: names, sizes, counts, bombs, listing.
 */
class PackageZipRejectionTest {

	@ParameterizedTest
	@ValueSource(strings = {"../evil.md", "content/../../evil.md", "/etc/passwd", "content\\evil.md", "C:/evil.md",
			"c:evil.md", "content/./evil.md", "content//evil.md", "content/evil\u0000.md"})
	void zipSlipNamesAreRejected(String name) {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put(name, "x".getBytes(StandardCharsets.UTF_8));
		List<PackageProblem> problems = problems(zip(minimalManifest(), files));
		assertTrue(problems.stream().anyMatch(p -> p.path().equals(name)), problems.toString());
		assertTrue(problems.stream().noneMatch(p -> p.message().contains("not listed")), "unsafe content is dropped");
	}

	@Test
	void listedButAbsentAndPresentButUnlistedFilesAreRejected() {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put("media/extra.png", new byte[]{1, 2, 3});
		List<PackageProblem> problems = problems(zip(patched(p -> p.add("/files/-", "media/missing.png")), files));
		assertProblem(problems, "files[1]", "\"media/missing.png\", which is not in the zip");
		assertProblem(problems, "media/extra.png", "not listed");
	}

	@Test
	void oversizeFileIsRejectedWithoutTrustingHeaders() {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		byte[] big = new byte[5_000];
		Arrays.fill(big, (byte) 'a');
		files.put("media/big.txt", big);
		PackageReader reader = new PackageReader(PackageLimits.defaults().withMaxFileBytes(4_000));
		List<PackageProblem> problems = TestPackages.problems(reader,
				zip(patched(p -> p.add("/files/-", "media/big.txt")), files));
		assertProblem(problems, "media/big.txt", "larger than the limit of 4000 bytes per file");
	}

	@Test
	void totalUncompressedSizeIsCapped() {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		for (int i = 0; i < 5; i++) {
			files.put("media/part" + i + ".bin", new byte[3_000]);
		}
		PackageReader reader = new PackageReader(PackageLimits.defaults().withMaxTotalBytes(10_000));
		assertProblem(TestPackages.problems(reader, zip(minimalManifest(), files)), "", "more than the limit of 10000");
	}

	@Test
	void tooManyEntriesAreRejected() {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		for (int i = 0; i < 10; i++) {
			files.put("media/f" + i + ".txt", new byte[]{1});
		}
		PackageReader reader = new PackageReader(PackageLimits.defaults().withMaxEntries(5));
		assertProblem(TestPackages.problems(reader, zip(minimalManifest(), files)), "", "more than 5 entries");
	}

	@Test
	void zipBombStopsEarlyOnRatio() throws IOException {
		byte[] bomb = highlyCompressedZip("media/zeros.bin", 200L * 1024 * 1024);
		assertTrue(bomb.length < 1024 * 1024, "the test bomb itself is small: " + bomb.length);
		List<PackageProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> problems(bomb));
		assertProblem(problems, "media/zeros.bin", "zip bomb");
	}

	@Test
	void bombThatStaysUnderRatioStillHitsTheTotalCap() throws IOException {
		byte[] bomb = highlyCompressedZip("media/zeros.bin", 3L * 1024 * 1024);
		PackageLimits limits = new PackageLimits(100L << 20, 2L << 20, 10_000, 100_000, 1L << 20);
		assertProblem(TestPackages.problems(new PackageReader(limits), bomb), "", "uncompresses to more than");
	}

	@Test
	void duplicateEntryNamesAreRejected() {
		Map<String, byte[]> files = TestPackages.minimalFiles();
		files.put("content/intrX.md", "# second".getBytes(StandardCharsets.UTF_8));
		byte[] zip = zip(minimalManifest(), files);
		byte[] forged = replaceAll(zip, "content/intrX.md", "content/intro.md");
		assertProblem(problems(forged), "content/intro.md", "occurs twice");
	}

	@Test
	void bytesThatAreNotAZipAreRejected() {
		assertProblem(problems("just some text".getBytes(StandardCharsets.UTF_8)), "", "not a zip archive");
		assertProblem(problems(new byte[0]), "", "not a zip archive");
	}

	@Test
	void classpathListingIsCheckedLikeAZip() {
		PackageRejectedException e = assertThrows(PackageRejectedException.class,
				() -> new PackageReader().readClasspath(getClass().getClassLoader(), "fixtures/pkg/listing-broken"));
		assertProblem(e.problems(), "files[0]", "\"content/missing.md\", which is not on the class path");
		assertProblem(e.problems(), "files[1]", "would leave the package");
		assertProblem(e.problems(), "modules[intro].file", "not in the package");
		assertEquals(3, e.problems().size(), e.problems().toString());
		assertThrows(PackageRejectedException.class,
				() -> new PackageReader().readClasspath(getClass().getClassLoader(), "fixtures/pkg/nothing-here"));
	}

	private static byte[] highlyCompressedZip(String name, long zeros) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(9);
			zip.putNextEntry(new ZipEntry(ContentPackage.MANIFEST));
			zip.write(minimalManifest().toString().getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(name));
			byte[] chunk = new byte[1 << 20];
			for (long written = 0; written < zeros; written += chunk.length) {
				zip.write(chunk);
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	private static byte[] replaceAll(byte[] data, String from, String to) {
		byte[] f = from.getBytes(StandardCharsets.UTF_8);
		byte[] t = to.getBytes(StandardCharsets.UTF_8);
		byte[] out = data.clone();
		for (int i = 0; i + f.length <= out.length; i++) {
			if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
				System.arraycopy(t, 0, out, i, t.length);
			}
		}
		return out;
	}
}
