package org.opencme.identity.boundary;

import java.util.Collection;
import java.util.Comparator;

/**
 * The four roles of OpenCME, in rising order of reach. Every account is a
 * {@link #LEARNER}; an administrator grants the others.
 */
public enum Role {
	LEARNER, PROCTOR, DESIGNER, ADMIN;

	/**
	 * The roles an administrator may grant or revoke; LEARNER belongs to every
	 * account.
	 */
	public boolean isGrantable() {
		return this != LEARNER;
	}

	/** The role whose home page an account lands on: the one of widest reach. */
	public static Role primary(Collection<Role> roles) {
		return roles.stream().max(Comparator.naturalOrder()).orElse(LEARNER);
	}
}
