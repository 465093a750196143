package org.opencme.content.pkg;

import java.util.List;

/**
 * The five demonstration packages shipped in this jar, stored unzipped under
 * {@code org/opencme/content/demo/<slug>/}. They are read through
 * {@link PackageReader#readClasspath}, so only {@code getResourceAsStream} is
 * used and reading works inside WildFly's VFS. Each must load with zero
 * problems (a test guards this).
 */
public final class DemoPackages {

	/** The class-path folder that holds one folder per slug. */
	public static final String ROOT = "org/opencme/content/demo/";

	/** Slugs in catalog order. */
	public static final List<String> SLUGS = List.of("hypertension-2026-update", "opioid-safety-naloxone",
			"sepsis-hour-1-bundle", "implicit-bias-clinical-care", "type-2-diabetes-2026-update");

	private DemoPackages() {
	}

	/**
	 * Reads one demo package.
	 *
	 * @throws PackageRejectedException
	 *             when the slug is unknown or the stored package is broken
	 */
	public static ContentPackage read(String slug) {
		if (!SLUGS.contains(slug)) {
			throw new PackageRejectedException(List.of(new PackageProblem("", "no demo package \"" + slug + "\"")));
		}
		return new PackageReader().readClasspath(DemoPackages.class.getClassLoader(), ROOT + slug);
	}

	/** All five demo packages, in {@link #SLUGS} order. */
	public static List<ContentPackage> all() {
		return SLUGS.stream().map(DemoPackages::read).toList();
	}
}
