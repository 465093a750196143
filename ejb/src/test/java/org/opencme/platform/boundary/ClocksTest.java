package org.opencme.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClocksTest {

	/**
	 * Reading the time anywhere but from the injected clock: a test could not move
	 * it, and one class would disagree with the others.
	 */
	private static final Pattern OWN_TIME = Pattern
			.compile("\\.now\\(\\s*\\)|\\.now\\(\\s*Zone|new Date\\(\\)|System\\.currentTimeMillis|Clock\\.system");

	@Test
	void theApplicationClockIsTheSystemClockInUtc() {
		Clock clock = new Clocks().clock();
		assertEquals(ZoneOffset.UTC, clock.getZone());
		Duration off = Duration.between(Instant.now(), clock.instant()).abs();
		assertTrue(off.compareTo(Duration.ofSeconds(5)) < 0, "system time: " + off);
	}

	@Test
	void noEjbClassReadsTheTimeButFromTheClock() throws IOException {
		assertEquals(List.of(), readingTheirOwnTime(Path.of("src/main/java")));
	}

	/** The lines outside {@link Clocks} that read the time on their own. */
	private static List<String> readingTheirOwnTime(Path sources) throws IOException {
		try (Stream<Path> files = Files.walk(sources)) {
			return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("Clocks.java")).flatMap(
					f -> lines(f).stream().filter(l -> OWN_TIME.matcher(l).find()).map(l -> f + ": " + l.strip()))
					.toList();
		}
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
