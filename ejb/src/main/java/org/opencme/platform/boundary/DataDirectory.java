package org.opencme.platform.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one directory that holds all of OpenCME's own data: database (H2),
 * uploaded media and the search index. Set by the system property
 * {@code opencme.data.dir} or the environment variable
 * {@code OPENCME_DATA_DIR}; the build passes a git-ignored {@code data/} folder
 * at the repository root.
 */
public final class DataDirectory {

	private DataDirectory() {
	}

	public static Path root() {
		String configured = System.getProperty("opencme.data.dir");
		if (configured == null || configured.isBlank()) {
			configured = System.getenv("OPENCME_DATA_DIR");
		}
		if (configured == null || configured.isBlank()) {
			configured = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/opencme";
		}
		return Path.of(configured).toAbsolutePath();
	}

	/** A sub-directory of the data directory, created when missing. */
	public static Path resolve(String name) {
		Path dir = root().resolve(name);
		if (Files.isDirectory(dir)) {
			return dir; // the usual case; createDirectories would throw and catch
		}
		try {
			return Files.createDirectories(dir);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot create data directory " + dir, e);
		}
	}
}
