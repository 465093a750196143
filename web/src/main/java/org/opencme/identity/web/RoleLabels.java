package org.opencme.identity.web;

import org.opencme.identity.boundary.Role;

/** Where each role lands after sign-in, and how a role is named on screen. */
final class RoleLabels {

	private RoleLabels() {
	}

	static String home(Role role) {
		return switch (role) {
			case ADMIN -> "/admin/users.xhtml";
			case DESIGNER -> "/designer/home.xhtml";
			case PROCTOR -> "/proctor/home.xhtml";
			case LEARNER -> "/learner/home.xhtml";
		};
	}

	static String label(Role role) {
		return switch (role) {
			case ADMIN -> "Administrator";
			case DESIGNER -> "Course designer";
			case PROCTOR -> "Proctor";
			case LEARNER -> "Learner";
		};
	}
}
