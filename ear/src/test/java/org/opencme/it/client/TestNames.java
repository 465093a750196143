package org.opencme.it.client;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up words no demo text contains, so a search test finds only its own
 * data.
 */
final class TestNames {

	private TestNames() {
	}

	static String letters(int n) {
		StringBuilder s = new StringBuilder(n);
		for (int i = 0; i < n; i++) {
			s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return s.toString();
	}
}
