package org.opencme.authoring.boundary;

import java.util.Set;

/**
 * An activity that holds a stored file: in a published version
 * ({@code versionNo}) or in its working copy ({@code versionNo} null), with the
 * activity's authors, who may always see it.
 */
public record MediaHolder(long activityId, Integer versionNo, long ownerId, Set<Long> coauthorIds) {

	public MediaHolder {
		coauthorIds = Set.copyOf(coauthorIds);
	}

	public boolean isAuthor(long accountId) {
		return ownerId == accountId || coauthorIds.contains(accountId);
	}
}
