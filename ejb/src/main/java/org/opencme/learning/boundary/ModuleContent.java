package org.opencme.learning.boundary;

import org.opencme.content.pkg.ModuleKind;

/**
 * What a module player shows for one module of a learner's pinned version:
 * rendered, sanitised HTML for content; the stored file (by content address)
 * for documents and videos, or an external video link.
 */
public record ModuleContent(String id, ModuleKind kind, String title, boolean required, String html, String mediaSha,
		String url, Integer requiredWatchedPercent, Integer maxMinutes) {
}
