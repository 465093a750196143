package org.opencme.content.pkg;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A whole content package in memory: the manifest and every other file, sorted
 * by path so that two packages with the same content are equal whatever order
 * their files were read in.
 */
public record ContentPackage(ActivityManifest manifest, List<PackageFile> files) {

	/** Format version this code reads and writes. */
	public static final int FORMAT_VERSION = 1;
	/** Path of the manifest at the root of a package. */
	public static final String MANIFEST = "manifest.json";

	public ContentPackage {
		files = Lists.copy(files).stream().sorted(Comparator.comparing(PackageFile::path)).toList();
	}

	/** The same package with another activity description (title, summary, ...). */
	public ContentPackage withActivity(ActivitySpec activity) {
		return new ContentPackage(new ActivityManifest(activity, manifest.completionCriteria(),
				manifest.certificateTemplate(), manifest.modules()), files);
	}

	public Optional<PackageFile> file(String path) {
		return files.stream().filter(f -> f.path().equals(path)).findFirst();
	}

	/**
	 * The UTF-8 text of a file in the package, e.g. a CONTENT module's Markdown.
	 */
	public Optional<String> text(String path) {
		return file(path).map(PackageFile::text);
	}
}
