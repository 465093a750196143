package org.opencme.content.pkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.ZipFile;

/**
 * A checked package read from a zip on disk, whose files are streamed from that
 * zip while it is open: use it in try-with-resources and copy what must be kept
 * before closing it.
 */
public final class PackageArchive implements AutoCloseable {

	private final ZipFile zip;
	private final ContentPackage contentPackage;

	PackageArchive(ZipFile zip, ContentPackage contentPackage) {
		this.zip = zip;
		this.contentPackage = contentPackage;
	}

	/**
	 * The package; its files (except those of the manifest) read from the zip and
	 * only while this archive is open.
	 */
	public ContentPackage contentPackage() {
		return contentPackage;
	}

	@Override
	public void close() {
		try {
			zip.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
