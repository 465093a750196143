package org.opencme.content.pkg;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A content package cannot be accepted. Carries every problem found, not only
 * the first, so that a course designer can fix a package in one round.
 */
public class PackageRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<PackageProblem> problems;

	public PackageRejectedException(List<PackageProblem> problems) {
		super(summary(problems));
		this.problems = List.copyOf(problems);
	}

	public List<PackageProblem> problems() {
		return problems;
	}

	private static String summary(List<PackageProblem> problems) {
		return "content package rejected with " + problems.size() + " problem(s):\n"
				+ problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
	}
}
