package org.opencme.content.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * Where generations live. On disk: {@code root/gen-NNNNNN/} directories and a
 * {@code root/CURRENT} file naming the committed one; {@code CURRENT} is
 * replaced atomically only after a rebuilt generation is fully committed, so a
 * crash mid-rebuild leaves the previous index in place (the half-built
 * directory is removed at the next open). In memory: every generation is a
 * fresh {@link ByteBuffersDirectory} and nothing survives closing.
 */
final class IndexLocation {

	private static final String POINTER = "CURRENT";
	private static final Pattern GENERATION = Pattern.compile("gen-(\\d{6,})");

	private final Path root;
	private long lastNumber;

	/**
	 * What opening found: the generation to serve from and whether it is the
	 * committed catalog.
	 */
	record Opened(IndexGeneration generation, IndexHealth health, String detail) {
	}

	private IndexLocation(Path root) {
		this.root = root;
	}

	static IndexLocation onDisk(Path root) {
		return new IndexLocation(root.toAbsolutePath());
	}

	static IndexLocation inMemory() {
		return new IndexLocation(null);
	}

	/**
	 * Opens the committed generation, or a fresh empty one when it is missing or
	 * unreadable.
	 */
	Opened open(IndexGeneration.IndexSetup setup) throws IOException {
		if (root == null) {
			return new Opened(create(setup), IndexHealth.MISSING, "in-memory index starts empty");
		}
		Files.createDirectories(root);
		lastNumber = highestNumber();
		String name = readPointer();
		Opened opened = name == null
				? new Opened(null, IndexHealth.MISSING, "no committed index in " + root)
				: check(name, setup);
		removeStale(name == null ? Set.of() : Set.of(name));
		return opened.generation() != null ? opened : new Opened(create(setup), opened.health(), opened.detail());
	}

	private Opened check(String name, IndexGeneration.IndexSetup setup) throws IOException {
		Path path = root.resolve(name);
		if (!Files.isDirectory(path)) {
			return new Opened(null, IndexHealth.MISSING, path + " is gone");
		}
		Directory directory = FSDirectory.open(path);
		try {
			String schema = verify(directory);
			if (!setup.schema().equals(schema)) {
				return unusable(directory, IndexHealth.OUTDATED,
						"written with layout " + schema + ", this version writes " + setup.schema());
			}
			return new Opened(IndexGeneration.open(name, directory, setup), IndexHealth.READY, "");
		} catch (IndexNotFoundException e) {
			return unusable(directory, IndexHealth.MISSING, e);
		} catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
			return unusable(directory, IndexHealth.INCOMPATIBLE, e);
		} catch (CorruptIndexException | NoSuchFileException | FileNotFoundException | EOFException e) {
			return unusable(directory, IndexHealth.CORRUPT, e);
		}
	}

	/**
	 * Opens the last commit and verifies the checksums of all its files; returns
	 * the layout it was written with ({@code null} if unknown).
	 */
	private static String verify(Directory directory) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			for (LeafReaderContext leaf : reader.leaves()) {
				leaf.reader().checkIntegrity();
			}
			return reader.getIndexCommit().getUserData().get(IndexGeneration.SCHEMA_KEY);
		}
	}

	private static Opened unusable(Directory directory, IndexHealth health, IOException cause) {
		return unusable(directory, health, cause.toString());
	}

	private static Opened unusable(Directory directory, IndexHealth health, String detail) {
		IOUtils.closeWhileHandlingException(directory);
		return new Opened(null, health, detail);
	}

	/** A new, empty, not yet published generation. */
	IndexGeneration create(IndexGeneration.IndexSetup setup) throws IOException {
		if (root == null) {
			return IndexGeneration.open("memory-" + (++lastNumber), new ByteBuffersDirectory(), setup);
		}
		String name = String.format("gen-%06d", ++lastNumber);
		Path path = Files.createDirectories(root.resolve(name));
		return IndexGeneration.open(name, FSDirectory.open(path), setup);
	}

	/** Makes {@code name} the committed generation, durably and atomically. */
	void publish(String name) throws IOException {
		if (root == null) {
			return;
		}
		Path temp = root.resolve(POINTER + ".tmp");
		Files.writeString(temp, name + "\n", StandardCharsets.UTF_8);
		IOUtils.fsync(temp, false);
		try {
			Files.move(temp, root.resolve(POINTER), StandardCopyOption.ATOMIC_MOVE);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, root.resolve(POINTER), StandardCopyOption.REPLACE_EXISTING);
		}
		IOUtils.fsync(root, true);
	}

	/** An action that deletes a retired generation's files (nothing in memory). */
	Runnable deleter(String name) {
		return () -> delete(name);
	}

	private void delete(String name) {
		if (root != null) {
			try {
				IOUtils.rm(root.resolve(name));
			} catch (IOException e) {
				System.getLogger(IndexLocation.class.getName()).log(System.Logger.Level.WARNING,
						"cannot delete retired index " + name + "; it is removed at the next open", e);
			}
		}
	}

	private String readPointer() throws IOException {
		Path pointer = root.resolve(POINTER);
		if (!Files.isRegularFile(pointer)) {
			return null;
		}
		String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
		return GENERATION.matcher(name).matches() ? name : null;
	}

	private long highestNumber() throws IOException {
		try (Stream<Path> children = Files.list(root)) {
			return children.map(p -> GENERATION.matcher(p.getFileName().toString())).filter(m -> m.matches())
					.mapToLong(m -> Long.parseLong(m.group(1))).max().orElse(0);
		}
	}

	/**
	 * Deletes generation directories not in {@code keep}: leftovers of crashed
	 * rebuilds, and after a rebuild the unusable generation it replaced.
	 */
	void removeStale(Set<String> keep) throws IOException {
		if (root == null) {
			return;
		}
		try (Stream<Path> children = Files.list(root)) {
			for (Path child : children.toList()) {
				String name = child.getFileName().toString();
				if (GENERATION.matcher(name).matches() && !keep.contains(name)) {
					delete(name);
				}
			}
		}
	}
}
