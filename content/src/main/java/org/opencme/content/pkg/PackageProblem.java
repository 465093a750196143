package org.opencme.content.pkg;

import java.io.Serializable;
import java.util.Objects;

/**
 * One reason a package was refused. {@code path} names a zip entry
 * ({@code media/intro.pdf}), a manifest field
 * ({@code modules[3].questions[0].options}) or {@code manifest.json} / the
 * empty string for the package as a whole.
 */
public record PackageProblem(String path, String message) implements Serializable {

	public PackageProblem {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(message, "message");
	}

	@Override
	public String toString() {
		return (path.isEmpty() ? "package" : path) + ": " + message;
	}
}
