package org.opencme.content.pkg;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rule for names inside a package: relative, forward slashes, no {@code .}
 * or {@code ..} segments, no drive letters or control characters. Applied to
 * zip entry names and to manifest listings alike, so that no name can reach
 * outside the package (zip slip) whether it is later unpacked to disk or looked
 * up on the class path.
 */
final class PackagePaths {

	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
	private static final Pattern CONTROL = Pattern.compile(".*\\p{Cntrl}.*", Pattern.DOTALL);

	private PackagePaths() {
	}

	/**
	 * Why {@code name} is unsafe, or empty when it is a safe relative path; a
	 * trailing '/' marks a directory.
	 */
	static Optional<String> problem(String name) {
		String path = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
		if (path.isEmpty()) {
			return Optional.of("empty entry name");
		}
		if (path.indexOf('\\') >= 0) {
			return Optional.of("backslash in entry name; use '/'");
		}
		if (path.startsWith("/")) {
			return Optional.of("absolute path");
		}
		if (DRIVE.matcher(path).matches()) {
			return Optional.of("drive letter in entry name");
		}
		if (CONTROL.matcher(path).matches()) {
			return Optional.of("control character in entry name");
		}
		for (String segment : path.split("/", -1)) {
			if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
				return Optional.of("'" + segment + "' segment in entry name would leave the package");
			}
		}
		return Optional.empty();
	}
}
