package org.opencme.authoring.control;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageFile;
import org.opencme.content.pkg.PackageReader;
import org.opencme.content.pkg.PackageRejectedException;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.media.boundary.MediaStore;

/**
 * A content package as authoring stores it: the manifest JSON in the row, each
 * file in the media store by content address (path → sha256). Reading a package
 * back does not read its files until someone opens them.
 */
public final class StoredPackages {

	private final MediaStore media;
	private final PackageReader reader = new PackageReader();
	private final PackageWriter writer = new PackageWriter();

	public StoredPackages(MediaStore media) {
		this.media = media;
	}

	/** Puts every file into the media store; the answer maps path to sha256. */
	public Map<String, String> storeFiles(ContentPackage pkg) {
		Map<String, String> files = new LinkedHashMap<>();
		for (PackageFile file : pkg.files()) {
			files.put(file.path(), media.put(file, "files").sha256());
		}
		return files;
	}

	public String manifestJson(ContentPackage pkg) {
		return new String(writer.manifestJson(pkg), StandardCharsets.UTF_8);
	}

	/** A stored package; its files stay in the media store until read. */
	public ContentPackage load(String manifestJson, Map<String, String> files) {
		List<PackageFile> contents = files.entrySet().stream().map(e -> media.asPackageFile(e.getKey(), e.getValue()))
				.toList();
		try {
			return reader.assemble(manifestJson.getBytes(StandardCharsets.UTF_8), contents, false);
		} catch (PackageRejectedException e) {
			throw new IllegalStateException("A stored activity package cannot be read: " + e.problems(), e);
		}
	}
}
