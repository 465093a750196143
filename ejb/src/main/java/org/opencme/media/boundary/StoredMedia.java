package org.opencme.media.boundary;

/** A stored file: its content address, size and detected type. */
public record StoredMedia(String sha256, long size, String contentType) {
}
