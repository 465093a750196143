package org.opencme.content.pkg;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package as a zip, deterministically: {@code manifest.json} first,
 * then the files sorted by path, every entry with the same fixed timestamp, so
 * the same package always gives the same bytes (exports can be compared and
 * hashed). The manifest's {@code files} listing is generated from the package's
 * files. The writer does not validate: run {@link PackageValidator} first when
 * the model did not come from {@link PackageReader}.
 */
public final class PackageWriter {

	/**
	 * DOS time of every entry; local, so the bytes do not depend on the machine's
	 * time zone.
	 */
	private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	/** The package as zip bytes. */
	public byte[] write(ContentPackage contentPackage) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			write(contentPackage, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException("writing to memory failed", e);
		}
		return bytes.toByteArray();
	}

	/**
	 * Streams the package as a zip to {@code out} (not closed); files on disk are
	 * copied through a buffer, never held in memory whole.
	 */
	public void write(ContentPackage contentPackage, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.setLevel(9);
		put(zip, ContentPackage.MANIFEST, new ByteArrayInputStream(manifestJson(contentPackage)));
		for (PackageFile file : contentPackage.files()) {
			try (InputStream content = file.open()) {
				put(zip, file.path(), content);
			}
		}
		zip.finish();
	}

	/** The pretty-printed {@code manifest.json} of a package, UTF-8. */
	public byte[] manifestJson(ContentPackage contentPackage) {
		List<String> paths = contentPackage.files().stream().map(PackageFile::path).toList();
		JsonObject json = ManifestWriter.write(contentPackage.manifest(), paths);
		StringWriter text = new StringWriter();
		try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
				.createWriter(text)) {
			writer.writeObject(json);
		}
		return (text.toString().strip() + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static void put(ZipOutputStream zip, String path, InputStream content) throws IOException {
		ZipEntry entry = new ZipEntry(path);
		entry.setTimeLocal(ENTRY_TIME);
		zip.putNextEntry(entry);
		content.transferTo(zip);
		zip.closeEntry();
	}
}
