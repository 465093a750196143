package org.opencme.content.pkg;

/**
 * A person in control of content (author, planner, reviewer) with the
 * disclosure accreditors require.
 */
public record FacultySpec(String name, String role, DisclosureSpec disclosure) {
}
