package org.opencme.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import org.opencme.authoring.boundary.VersionService;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.platform.boundary.RecordNotFoundException;

/**
 * Published versions never change, so their manifests are read once and kept:
 * every save needs them.
 */
@ApplicationScoped
public class VersionManifests {

	private final ConcurrentHashMap<String, ActivityManifest> cache = new ConcurrentHashMap<>();

	@Inject
	VersionService versions;

	public ActivityManifest of(long activityId, int versionNo) {
		return cache.computeIfAbsent(activityId + "/" + versionNo,
				k -> versions.versionManifest(activityId, versionNo));
	}

	public ModuleSpec module(long activityId, int versionNo, String moduleKey) {
		return of(activityId, versionNo).module(moduleKey)
				.orElseThrow(() -> new RecordNotFoundException("Module", moduleKey));
	}
}
