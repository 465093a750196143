package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PackageRoundTripTest {

	private final PackageReader reader = new PackageReader();
	private final PackageWriter writer = new PackageWriter();

	static List<String> slugs() {
		return DemoPackages.SLUGS;
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void demoPackageSurvivesWriteAndRead(String slug) {
		ContentPackage original = DemoPackages.read(slug);
		byte[] zip = writer.write(original);
		ContentPackage copy = reader.read(zip);
		assertEquals(original, copy);
		assertEquals(original.hashCode(), copy.hashCode());
		assertEquals(original, reader.read(new ByteArrayInputStream(zip)));
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void writingIsDeterministic(String slug) {
		ContentPackage p = DemoPackages.read(slug);
		byte[] first = writer.write(p);
		assertArrayEquals(first, writer.write(p));
		assertArrayEquals(first, writer.write(reader.read(first)));
	}

	@Test
	void readingFromAStreamLeavesItOpenForTheCaller() {
		boolean[] closed = {false};
		var in = new ByteArrayInputStream(writer.write(DemoPackages.read("opioid-safety-naloxone"))) {
			@Override
			public void close() {
				closed[0] = true;
			}
		};
		reader.read(in);
		assertTrue(!closed[0]);
	}

	@Test
	void zipHasManifestFirstThenFilesSortedByPath() throws Exception {
		byte[] zip = writer.write(DemoPackages.read("sepsis-hour-1-bundle"));
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			assertEquals(ContentPackage.MANIFEST, in.getNextEntry().getName());
			List<String> names = new java.util.ArrayList<>();
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				names.add(e.getName());
			}
			assertEquals(names.stream().sorted().toList(), names);
			assertTrue(names.contains("media/sepsis-pocket-card.pdf"), names.toString());
		}
	}

	@Test
	void mediaComparesByContent() {
		PackageFile a = new PackageFile("media/x.bin", new byte[]{1, 2, 3});
		assertEquals(a, new PackageFile("media/x.bin", new byte[]{1, 2, 3}));
		assertNotEquals(a, new PackageFile("media/x.bin", new byte[]{1, 2, 4}));
		assertEquals(a.sha256(), new PackageFile("media/x.bin", new byte[]{1, 2, 3}).sha256());
		byte[] leaked = a.content();
		leaked[0] = 9;
		assertEquals(1, a.content()[0], "content is copied out, the record stays immutable");
	}

	@Test
	void minimalFixtureReadsFromZipAndClasspathAlike() {
		ContentPackage fromZip = reader.read(TestPackages.zip(TestPackages.minimalManifest()));
		ContentPackage fromClasspath = reader.readClasspath(getClass().getClassLoader(), TestPackages.MINIMAL);
		assertEquals(fromZip, fromClasspath);
		assertEquals(3, ((QuizModuleSpec) fromZip.manifest().module("post-test").orElseThrow()).questions().size());
		assertEquals("USD", fromZip.manifest().activity().currency());
		assertEquals(1500, fromZip.manifest().activity().feeMinor());
	}
}
