package org.opencme.content.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads a zip into memory under {@link PackageLimits}, trusting no header:
 * sizes are the bytes actually inflated, and reading stops as soon as the total
 * or the compression ratio passes its cap. Unsafe names are reported and their
 * content discarded. Never writes to disk. One instance reads one zip.
 */
final class ZipUnpacker {

	private static final int BUFFER = 16 * 1024;

	private final PackageLimits limits;
	private final List<PackageProblem> problems;
	private final Map<String, byte[]> entries = new LinkedHashMap<>();
	private long totalBytes;
	private boolean complete = true;

	/** Signals that a cap was passed and nothing more should be read. */
	private static final class Abort extends Exception {
		private static final long serialVersionUID = 1L;
	}

	ZipUnpacker(PackageLimits limits, List<PackageProblem> problems) {
		this.limits = limits;
		this.problems = problems;
	}

	/**
	 * The files of the zip by name, in zip order; problems go to the list given at
	 * construction.
	 */
	Map<String, byte[]> unpack(InputStream in) {
		CountingInputStream raw = new CountingInputStream(in);
		int count = 0;
		try (ZipInputStream zip = new ZipInputStream(raw)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++count > limits.maxEntries()) {
					abort("", "has more than " + limits.maxEntries() + " entries");
				}
				entry(zip, raw, entry);
			}
			if (count == 0) {
				problems.add(new PackageProblem("", "is not a zip archive, or an empty one"));
			}
		} catch (IOException e) {
			problems.add(new PackageProblem("", "is not a readable zip archive: " + e.getMessage()));
			complete = false;
		} catch (Abort e) {
			// the reason is already among the problems; stop reading
		}
		return entries;
	}

	private void entry(ZipInputStream zip, CountingInputStream raw, ZipEntry entry) throws IOException, Abort {
		String name = entry.getName();
		Optional<String> unsafe = PackagePaths.problem(name);
		unsafe.ifPresent(reason -> problems.add(new PackageProblem(name, reason)));
		boolean keep = unsafe.isEmpty() && !entry.isDirectory();
		if (keep && entries.containsKey(name)) {
			problems.add(new PackageProblem(name, "occurs twice in the zip"));
			keep = false;
		}
		byte[] content = inflate(zip, raw, name, keep);
		if (content != null) {
			entries.put(name, content);
		}
	}

	/**
	 * Inflates one entry, counting real bytes; returns {@code null} when the
	 * content is not kept.
	 */
	private byte[] inflate(ZipInputStream zip, CountingInputStream raw, String name, boolean keep)
			throws IOException, Abort {
		ByteArrayOutputStream sink = keep ? new ByteArrayOutputStream() : null;
		long start = raw.count();
		long inflated = 0;
		byte[] buffer = new byte[BUFFER];
		for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
			inflated += n;
			totalBytes += n;
			checkCaps(name, inflated, raw.count() - start);
			if (sink != null && inflated > limits.maxFileBytes()) {
				problems.add(new PackageProblem(name,
						"is larger than the limit of " + limits.maxFileBytes() + " bytes per file"));
				sink = null;
			}
			if (sink != null) {
				sink.write(buffer, 0, n);
			}
		}
		return sink == null ? null : sink.toByteArray();
	}

	private void checkCaps(String name, long inflated, long compressed) throws Abort {
		if (totalBytes > limits.maxTotalBytes()) {
			abort("", "uncompresses to more than the limit of " + limits.maxTotalBytes() + " bytes");
		}
		if (inflated > limits.ratioCheckFromBytes()
				&& inflated > (long) limits.maxCompressionRatio() * Math.max(1, compressed)) {
			abort(name, "compression ratio exceeds " + limits.maxCompressionRatio() + ":1 (zip bomb suspected)");
		}
	}

	/**
	 * False when a cap stopped the reading and the entries are only a part of the
	 * zip.
	 */
	boolean complete() {
		return complete;
	}

	private void abort(String path, String message) throws Abort {
		complete = false;
		problems.add(new PackageProblem(path, message + "; reading stopped"));
		throw new Abort();
	}
}
