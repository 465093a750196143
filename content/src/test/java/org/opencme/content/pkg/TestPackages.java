package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonPatchBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds valid and broken packages for tests, starting from
 * fixtures/pkg/minimal.
 */
final class TestPackages {

	static final String MINIMAL = "fixtures/pkg/minimal";

	private TestPackages() {
	}

	static JsonObject minimalManifest() {
		return Json.createReader(new StringReader(resource(MINIMAL + "/manifest.json"))).readObject();
	}

	static Map<String, byte[]> minimalFiles() {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("content/intro.md", resource(MINIMAL + "/content/intro.md").getBytes(StandardCharsets.UTF_8));
		return files;
	}

	/** The minimal manifest with a JSON patch applied. */
	static JsonObject patched(UnaryOperator<JsonPatchBuilder> patch) {
		return patch.apply(Json.createPatchBuilder()).build().apply(minimalManifest());
	}

	/**
	 * A zip with {@code manifest.json} first, then {@code files} in the given
	 * order.
	 */
	static byte[] zip(JsonObject manifest, Map<String, byte[]> files) {
		Map<String, byte[]> all = new LinkedHashMap<>();
		all.put(ContentPackage.MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
		all.putAll(files);
		return rawZip(all);
	}

	static byte[] zip(JsonObject manifest) {
		return zip(manifest, minimalFiles());
	}

	static byte[] rawZip(Map<String, byte[]> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static List<PackageProblem> problems(byte[] zip) {
		return problems(new PackageReader(), zip);
	}

	static List<PackageProblem> problems(PackageReader reader, byte[] zip) {
		return assertThrows(PackageRejectedException.class, () -> reader.read(zip)).problems();
	}

	/**
	 * Asserts a problem at exactly {@code path} whose message contains
	 * {@code fragment}.
	 */
	static void assertProblem(List<PackageProblem> problems, String path, String fragment) {
		assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(fragment)),
				() -> "expected problem at " + path + " containing \"" + fragment + "\" in " + problems);
	}

	private static String resource(String name) {
		try (InputStream in = TestPackages.class.getClassLoader().getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
