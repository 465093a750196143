package org.opencme.content.pkg;

/**
 * Resource limits applied while a package is read (from disk or memory). Sizes
 * count bytes actually inflated, never the sizes a zip header claims. An entry
 * that inflates past {@code ratioCheckFromBytes} at more than
 * {@code maxCompressionRatio} times its compressed size is treated as a zip
 * bomb.
 */
public record PackageLimits(long maxFileBytes, long maxTotalBytes, int maxEntries, int maxCompressionRatio,
		long ratioCheckFromBytes) {

	private static final long MB = 1024L * 1024;

	public PackageLimits {
		if (maxFileBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || maxCompressionRatio <= 0
				|| ratioCheckFromBytes < 0) {
			throw new IllegalArgumentException("package limits must be positive");
		}
	}

	/**
	 * 500 MB per file (the largest media, a video), 1 GB uncompressed in total (a
	 * package upload is at most 600 MB), 10,000 entries, 100:1 on entries above 1
	 * MB.
	 */
	public static PackageLimits defaults() {
		return new PackageLimits(500 * MB, 1024 * MB, 10_000, 100, MB);
	}

	public PackageLimits withMaxFileBytes(long bytes) {
		return new PackageLimits(bytes, maxTotalBytes, maxEntries, maxCompressionRatio, ratioCheckFromBytes);
	}

	public PackageLimits withMaxTotalBytes(long bytes) {
		return new PackageLimits(maxFileBytes, bytes, maxEntries, maxCompressionRatio, ratioCheckFromBytes);
	}

	public PackageLimits withMaxEntries(int entries) {
		return new PackageLimits(maxFileBytes, maxTotalBytes, entries, maxCompressionRatio, ratioCheckFromBytes);
	}
}
