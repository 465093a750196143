package org.opencme.authoring.control;

import java.util.List;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentPackage;

/**
 * Builds the first working copy of a new activity: only a title, a summary and
 * a format.
 */
public final class Drafts {

	private Drafts() {
	}

	public static ContentPackage empty(String title, String summary, ActivityFormat format) {
		ActivitySpec activity = new ActivitySpec(title, summary, List.of(), List.of(), List.of(), format, null,
				List.of(), null, List.of(), null, null, 0, "USD", null);
		CompletionCriteriaSpec criteria = new CompletionCriteriaSpec(List.of(), null, false, null, false);
		return new ContentPackage(new ActivityManifest(activity, criteria, null, List.of()), List.of());
	}

	/** The same package with another activity description (title, summary, ...). */
	public static ContentPackage withActivity(ContentPackage pkg, ActivitySpec activity) {
		return pkg.withActivity(activity);
	}
}
