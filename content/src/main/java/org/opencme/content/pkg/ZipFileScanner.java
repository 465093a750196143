package org.opencme.content.pkg;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks a zip on disk under {@link PackageLimits} without holding its files in
 * memory: every entry is inflated once, counting the bytes it really gives (the
 * sizes in the zip's headers are never trusted), and is then left in the zip;
 * its {@link PackageFile} reads it again from disk, never more than the bytes
 * counted here. Reading stops as soon as the total or the compression ratio
 * passes its cap. One instance scans one zip.
 */
final class ZipFileScanner {

	private static final int BUFFER = 64 * 1024;

	private final PackageLimits limits;
	private final List<PackageProblem> problems;
	private final Map<String, PackageFile> entries = new LinkedHashMap<>();
	private long totalBytes;
	private boolean complete = true;

	/** Signals that a cap was passed and nothing more should be read. */
	private static final class Abort extends Exception {
		private static final long serialVersionUID = 1L;
	}

	ZipFileScanner(PackageLimits limits, List<PackageProblem> problems) {
		this.limits = limits;
		this.problems = problems;
	}

	/**
	 * The files of the zip by name, in the order of its central directory; they
	 * stay readable while {@code zip} is open.
	 */
	Map<String, PackageFile> scan(ZipFile zip) {
		int count = 0;
		try {
			for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements();) {
				ZipEntry entry = all.nextElement();
				if (++count > limits.maxEntries()) {
					abort("", "has more than " + limits.maxEntries() + " entries");
				}
				entry(zip, entry);
			}
			if (count == 0) {
				problems.add(new PackageProblem("", "is not a zip archive, or an empty one"));
			}
		} catch (IOException | RuntimeException e) {
			problems.add(new PackageProblem("", "is not a readable zip archive: " + e.getMessage()));
			complete = false;
		} catch (Abort e) {
			// the reason is already among the problems; stop reading
		}
		return entries;
	}

	/**
	 * False when a cap stopped the reading and the entries are only a part of the
	 * zip.
	 */
	boolean complete() {
		return complete;
	}

	private void entry(ZipFile zip, ZipEntry entry) throws IOException, Abort {
		String name = entry.getName();
		Optional<String> unsafe = PackagePaths.problem(name);
		unsafe.ifPresent(reason -> problems.add(new PackageProblem(name, reason)));
		boolean keep = unsafe.isEmpty() && !entry.isDirectory();
		if (keep && entries.containsKey(name)) {
			problems.add(new PackageProblem(name, "occurs twice in the zip"));
			keep = false;
		}
		long inflated = inflate(zip, entry, name);
		if (keep && inflated > limits.maxFileBytes()) {
			problems.add(new PackageProblem(name,
					"is larger than the limit of " + limits.maxFileBytes() + " bytes per file"));
		} else if (keep) {
			entries.put(name, PackageFile.streamed(name, inflated, new EntrySource(zip, entry, inflated), null));
		}
	}

	/**
	 * Inflates one entry to nowhere, counting real bytes; stops early once it is
	 * over the per-file limit.
	 */
	private long inflate(ZipFile zip, ZipEntry entry, String name) throws IOException, Abort {
		long compressed = Math.max(1, entry.getCompressedSize());
		long inflated = 0;
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = zip.getInputStream(entry)) {
			for (int n = in.read(buffer); n >= 0 && inflated <= limits.maxFileBytes(); n = in.read(buffer)) {
				inflated += n;
				totalBytes += n;
				checkCaps(name, inflated, compressed);
			}
		}
		return inflated;
	}

	private void checkCaps(String name, long inflated, long compressed) throws Abort {
		if (totalBytes > limits.maxTotalBytes()) {
			abort("", "uncompresses to more than the limit of " + limits.maxTotalBytes() + " bytes");
		}
		if (inflated > limits.ratioCheckFromBytes() && inflated > (long) limits.maxCompressionRatio() * compressed) {
			abort(name, "compression ratio exceeds " + limits.maxCompressionRatio() + ":1 (zip bomb suspected)");
		}
	}

	private void abort(String path, String message) throws Abort {
		complete = false;
		problems.add(new PackageProblem(path, message + "; reading stopped"));
		throw new Abort();
	}

	/**
	 * An entry of the open zip, read again from disk; it never gives more than the
	 * bytes counted when it was checked.
	 */
	private static final class EntrySource implements PackageFile.Source {
		private static final long serialVersionUID = 1L;
		private final transient ZipFile zip;
		private final transient ZipEntry entry;
		private final long size;

		EntrySource(ZipFile zip, ZipEntry entry, long size) {
			this.zip = zip;
			this.entry = entry;
			this.size = size;
		}

		@Override
		public InputStream open() throws IOException {
			if (zip == null) {
				throw new IOException("the zip this entry came from is no longer open");
			}
			try {
				return new Bounded(zip.getInputStream(entry), size);
			} catch (IllegalStateException closed) {
				throw new IOException("the zip this entry came from is closed", closed);
			}
		}
	}

	/** Fails instead of giving more than {@code limit} bytes. */
	private static final class Bounded extends FilterInputStream {
		private long left;

		Bounded(InputStream in, long limit) {
			super(in);
			this.left = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0 && --left < 0) {
				throw new IOException("the entry grew after it was checked");
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0 && (left -= n) < 0) {
				throw new IOException("the entry grew after it was checked");
			}
			return n;
		}
	}
}
