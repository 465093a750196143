package org.opencme.content.pkg;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One file of a package other than the manifest: a Markdown document or a media
 * file. Immutable: the content is copied in and out, and equality is by path
 * and content so that packages compare by value.
 */
public record PackageFile(String path, byte[] content) {

	public PackageFile {
		Objects.requireNonNull(path, "path");
		content = content.clone();
	}

	public static PackageFile ofText(String path, String text) {
		return new PackageFile(path, text.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public byte[] content() {
		return content.clone();
	}

	public int size() {
		return content.length;
	}

	/** The content decoded as UTF-8, as Markdown files are stored. */
	public String text() {
		return new String(content, StandardCharsets.UTF_8);
	}

	/**
	 * Lower-case hex SHA-256 of the content, e.g. to store media once or to compare
	 * versions.
	 */
	public String sha256() {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PackageFile file && path.equals(file.path) && Arrays.equals(content, file.content);
	}

	@Override
	public int hashCode() {
		return 31 * path.hashCode() + Arrays.hashCode(content);
	}

	@Override
	public String toString() {
		return "PackageFile[" + path + ", " + content.length + " bytes]";
	}
}
