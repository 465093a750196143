package org.opencme.media.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

	@Test
	void noHeaderOrSeveralRangesMeanTheWholeFile() {
		assertEquals(Optional.empty(), ByteRange.parse(null, 100));
		assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-9", 100));
		assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 100));
	}

	@Test
	void explicitOpenAndSuffixRanges() {
		assertEquals(Optional.of(new ByteRange(10, 19)), ByteRange.parse("bytes=10-19", 100));
		assertEquals(Optional.of(new ByteRange(90, 99)), ByteRange.parse("bytes=90-", 100));
		assertEquals(Optional.of(new ByteRange(80, 99)), ByteRange.parse("bytes=-20", 100));
		assertEquals(Optional.of(new ByteRange(95, 99)), ByteRange.parse("bytes=95-500", 100));
		assertEquals(10, ByteRange.parse("bytes=10-19", 100).orElseThrow().length());
	}

	@Test
	void rangesPastTheEndCannotBeSatisfied() {
		assertNull(ByteRange.parse("bytes=100-", 100));
		assertNull(ByteRange.parse("bytes=20-10", 100));
	}

	@Test
	void positionsLongerThanAnyFileAreRefusedNotOverflowed() {
		org.junit.jupiter.api.Assertions.assertThrows(ByteRange.MalformedRangeException.class,
				() -> ByteRange.parse("bytes=12345678901234567890-", 100));
		org.junit.jupiter.api.Assertions.assertThrows(ByteRange.MalformedRangeException.class,
				() -> ByteRange.parse("bytes=0-12345678901234567890", 100));
		assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.parse("bytes=0-999999999999999999", 100));
	}
}
