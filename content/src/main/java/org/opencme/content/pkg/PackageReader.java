package org.opencme.content.pkg;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipFile;

/**
 * Reads a content package from a zip or from a folder on the class path, checks
 * it completely and returns it only when it has no problem at all; otherwise
 * throws {@link PackageRejectedException} with every problem found.
 *
 * <p>
 * Uploads are read from a zip on disk ({@link #open(Path)}, with
 * {@link ZipFile}): their files are checked while streaming and stay in the
 * zip, so a package of hundreds of megabytes costs no heap.
 * {@link #read(byte[])} and {@link #read(InputStream)} read everything into
 * memory, for small packages built in code. Class-path reading uses only
 * {@link ClassLoader#getResourceAsStream}, never a directory listing, so it
 * works inside WildFly's VFS: the manifest's {@code files} array names every
 * file to load. Nothing is ever written to disk. Thread-safe.
 */
public final class PackageReader {

	/**
	 * Marks a resource that exists but was refused (too large, unreadable); the
	 * problem is already recorded.
	 */
	private static final byte[] REFUSED = new byte[0];

	private final PackageLimits limits;
	private final PackageValidator validator = new PackageValidator();

	/** A reader with {@link PackageLimits#defaults()}. */
	public PackageReader() {
		this(PackageLimits.defaults());
	}

	public PackageReader(PackageLimits limits) {
		this.limits = limits;
	}

	public ContentPackage read(byte[] zip) {
		return read(new ByteArrayInputStream(zip));
	}

	/**
	 * Reads a zip from {@code zip}; the stream is read to the end of the archive
	 * but not closed.
	 */
	public ContentPackage read(InputStream zip) {
		List<PackageProblem> problems = new ArrayList<>();
		ZipUnpacker unpacker = new ZipUnpacker(limits, problems);
		Map<String, byte[]> entries = unpacker.unpack(zip);
		if (!unpacker.complete()) {
			throw new PackageRejectedException(problems);
		}
		byte[] manifest = entries.remove(ContentPackage.MANIFEST);
		if (manifest == null) {
			problems.add(new PackageProblem(ContentPackage.MANIFEST, "is missing at the root of the package"));
			throw new PackageRejectedException(problems);
		}
		int before = problems.size();
		ManifestParser.Parsed parsed = ManifestParser.parse(manifest, problems);
		Set<String> parsePaths = pathsSince(problems, before);
		if (parsed.manifest() != null) {
			checkListing(parsed.files(), entries.keySet(), problems);
		}
		return assemble(parsed, entries, problems, parsePaths);
	}

	/**
	 * Checks the zip at {@code zip} under the limits, streaming every entry once
	 * (header sizes are not trusted), and answers the package with its files left
	 * in the zip; the archive must be closed. A package with any problem is
	 * rejected and nothing stays open.
	 */
	public PackageArchive open(Path zip) {
		List<PackageProblem> problems = new ArrayList<>();
		ZipFile file;
		try {
			file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			problems.add(new PackageProblem("", "is not a readable zip archive: " + e.getMessage()));
			throw new PackageRejectedException(problems);
		}
		try {
			ZipFileScanner scanner = new ZipFileScanner(limits, problems);
			Map<String, PackageFile> entries = scanner.scan(file);
			if (!scanner.complete()) {
				throw new PackageRejectedException(problems);
			}
			PackageFile manifest = entries.remove(ContentPackage.MANIFEST);
			if (manifest == null) {
				problems.add(new PackageProblem(ContentPackage.MANIFEST, "is missing at the root of the package"));
				throw new PackageRejectedException(problems);
			}
			ManifestParser.Parsed parsed = ManifestParser.parse(manifest.content(), problems);
			Set<String> parsePaths = pathsSince(problems, 0);
			if (parsed.manifest() != null) {
				checkListing(parsed.files(), entries.keySet(), problems);
			}
			return new PackageArchive(file, validated(parsed, List.copyOf(entries.values()), problems, parsePaths));
		} catch (RuntimeException e) {
			closeQuietly(file, e);
			throw e;
		}
	}

	private static void closeQuietly(ZipFile file, RuntimeException failure) {
		try {
			file.close();
		} catch (IOException e) {
			failure.addSuppressed(e);
		}
	}

	/**
	 * Only the manifest of a stored package, without its files: for callers that
	 * need the structure (modules, questions) but not the media. A manifest that
	 * does not parse is rejected.
	 */
	public ActivityManifest manifest(byte[] manifestJson) {
		List<PackageProblem> problems = new ArrayList<>();
		ManifestParser.Parsed parsed = ManifestParser.parse(manifestJson, problems);
		if (parsed.manifest() == null || !problems.isEmpty()) {
			throw new PackageRejectedException(problems);
		}
		return parsed.manifest();
	}

	/**
	 * Rebuilds a package from its manifest JSON and its other files as stored
	 * elsewhere (e.g. a draft kept as manifest + content-addressed files). A
	 * manifest that cannot be parsed, or a file listing that does not match, is
	 * always rejected; with {@code validate} false the package may still be
	 * incomplete (a draft), and {@link PackageValidator} says what is missing.
	 */
	public ContentPackage assemble(byte[] manifestJson, Map<String, byte[]> files, boolean validate) {
		return assemble(manifestJson,
				files.entrySet().stream().map(e -> new PackageFile(e.getKey(), e.getValue())).toList(), validate);
	}

	/**
	 * As {@link #assemble(byte[], Map, boolean)}, with files that may stay on disk
	 * (e.g. in the media store) until they are read.
	 */
	public ContentPackage assemble(byte[] manifestJson, List<PackageFile> files, boolean validate) {
		List<PackageProblem> problems = new ArrayList<>();
		ManifestParser.Parsed parsed = ManifestParser.parse(manifestJson, problems);
		Set<String> parsePaths = pathsSince(problems, 0);
		if (parsed.manifest() != null) {
			Set<String> present = new java.util.LinkedHashSet<>();
			files.forEach(f -> present.add(f.path()));
			checkListing(parsed.files(), present, problems);
		}
		if (validate) {
			return validated(parsed, files, problems, parsePaths);
		}
		if (parsed.manifest() == null || !problems.isEmpty()) {
			throw new PackageRejectedException(problems);
		}
		return new ContentPackage(parsed.manifest(), files);
	}

	/**
	 * Reads an unzipped package stored under {@code folder} (e.g.
	 * {@code org/opencme/content/demo/sepsis}) on the class path of {@code loader}.
	 */
	public ContentPackage readClasspath(ClassLoader loader, String folder) {
		String base = folder.replaceAll("^/+|/+$", "") + "/";
		List<PackageProblem> problems = new ArrayList<>();
		byte[] manifest = resource(loader, base + ContentPackage.MANIFEST, ContentPackage.MANIFEST, problems);
		if (manifest == null) {
			problems.add(new PackageProblem(ContentPackage.MANIFEST, "not found on the class path under " + base));
		}
		if (manifest == null || manifest == REFUSED) {
			throw new PackageRejectedException(problems);
		}
		int before = problems.size();
		ManifestParser.Parsed parsed = ManifestParser.parse(manifest, problems);
		Set<String> parsePaths = pathsSince(problems, before);
		return assemble(parsed, listedResources(loader, base, parsed.files(), problems), problems, parsePaths);
	}

	private Map<String, byte[]> listedResources(ClassLoader loader, String base, List<String> files,
			List<PackageProblem> problems) {
		if (files.size() > limits.maxEntries()) {
			problems.add(new PackageProblem("files", "lists more than " + limits.maxEntries() + " files"));
			throw new PackageRejectedException(problems);
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		long total = 0;
		for (int i = 0; i < files.size() && total <= limits.maxTotalBytes(); i++) {
			byte[] content = listedResource(loader, base, files.get(i), "files[" + i + "]", problems);
			if (content != null) {
				total += content.length;
				entries.put(files.get(i), content);
			}
		}
		if (total > limits.maxTotalBytes()) {
			problems.add(new PackageProblem("", "is larger than the limit of " + limits.maxTotalBytes() + " bytes"));
			throw new PackageRejectedException(problems);
		}
		return entries;
	}

	/**
	 * One listed file, or {@code null} with a problem when its name is unsafe or it
	 * is absent or refused.
	 */
	private byte[] listedResource(ClassLoader loader, String base, String path, String field,
			List<PackageProblem> problems) {
		Optional<String> unsafe = PackagePaths.problem(path);
		if (unsafe.isPresent()) {
			problems.add(new PackageProblem(field, unsafe.get()));
			return null;
		}
		byte[] content = resource(loader, base + path, path, problems);
		if (content == null) {
			problems.add(new PackageProblem(field, "lists \"" + path + "\", which is not on the class path"));
		}
		return content == REFUSED ? null : content;
	}

	/**
	 * The resource's bytes; {@code null} when absent; {@link #REFUSED} (with a
	 * problem) when over the per-file limit or unreadable.
	 */
	private byte[] resource(ClassLoader loader, String name, String path, List<PackageProblem> problems) {
		try (InputStream in = loader.getResourceAsStream(name)) {
			if (in == null) {
				return null;
			}
			byte[] content = in.readNBytes((int) Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8));
			if (content.length > limits.maxFileBytes()) {
				problems.add(new PackageProblem(path,
						"is larger than the limit of " + limits.maxFileBytes() + " bytes per file"));
				return REFUSED;
			}
			return content;
		} catch (IOException e) {
			problems.add(new PackageProblem(path, "cannot be read: " + e.getMessage()));
			return REFUSED;
		}
	}

	/**
	 * The manifest's {@code files} must name exactly the zip's files, so zip and
	 * class path read alike.
	 */
	private static void checkListing(List<String> listed, Set<String> present, List<PackageProblem> problems) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < listed.size(); i++) {
			String path = listed.get(i);
			if (!seen.add(path)) {
				problems.add(new PackageProblem("files[" + i + "]", "lists \"" + path + "\" twice"));
			} else if (!present.contains(path)) {
				problems.add(new PackageProblem("files[" + i + "]", "lists \"" + path + "\", which is not in the zip"));
			}
		}
		present.stream().filter(path -> !seen.contains(path))
				.forEach(path -> problems.add(new PackageProblem(path, "is not listed in the manifest's files")));
	}

	private static Set<String> pathsSince(List<PackageProblem> problems, int from) {
		Set<String> paths = new HashSet<>();
		problems.subList(from, problems.size()).forEach(p -> paths.add(p.path()));
		return paths;
	}

	/**
	 * Validates the model and throws unless there is no problem. A field the parser
	 * already reported (wrong type, unknown value) is not reported again by the
	 * validator as missing.
	 */
	private ContentPackage assemble(ManifestParser.Parsed parsed, Map<String, byte[]> entries,
			List<PackageProblem> problems, Set<String> parsePaths) {
		return validated(parsed,
				entries.entrySet().stream().map(e -> new PackageFile(e.getKey(), e.getValue())).toList(), problems,
				parsePaths);
	}

	private ContentPackage validated(ManifestParser.Parsed parsed, List<PackageFile> files,
			List<PackageProblem> problems, Set<String> parsePaths) {
		if (parsed.manifest() == null) {
			throw new PackageRejectedException(problems);
		}
		ContentPackage contentPackage = new ContentPackage(parsed.manifest(), files);
		validator.validate(contentPackage).stream().filter(p -> !parsePaths.contains(p.path())).forEach(problems::add);
		if (!problems.isEmpty()) {
			throw new PackageRejectedException(problems);
		}
		return contentPackage;
	}
}
