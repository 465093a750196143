package org.opencme.catalog.boundary;

/**
 * The catalog index as an administrator sees it: how many activities it holds,
 * what was found when it was opened, and the latest rebuild.
 */
public record IndexStatus(long documents, String health, RebuildProgress rebuild) {
}
