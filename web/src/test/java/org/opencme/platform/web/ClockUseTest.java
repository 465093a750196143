package org.opencme.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages and resources read the time from the injected {@code java.time.Clock}
 * (the application's, {@code platform.boundary.Clocks}), as the EJB module
 * does: on their own time a test could not move them, and a page would disagree
 * with the service behind it.
 */
class ClockUseTest {

	private static final Pattern OWN_TIME = Pattern
			.compile("\\.now\\(\\s*\\)|\\.now\\(\\s*Zone|new Date\\(\\)|System\\.currentTimeMillis|Clock\\.system");

	@Test
	void noWebClassReadsTheTimeButFromTheClock() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> found = files.filter(f -> f.toString().endsWith(".java")).flatMap(
					f -> lines(f).stream().filter(l -> OWN_TIME.matcher(l).find()).map(l -> f + ": " + l.strip()))
					.toList();
			assertEquals(List.of(), found);
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
