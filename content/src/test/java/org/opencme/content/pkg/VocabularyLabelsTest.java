package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * Pages show professions and formats by their labels: each constant has one, in
 * people's words, never its code.
 */
class VocabularyLabelsTest {

	@Test
	void everyProfessionHasALabelInPeoplesWords() {
		for (Profession p : Profession.values()) {
			assertFalse(p.label().isBlank(), p.name());
			assertNotEquals(p.name(), p.label());
		}
	}

	@Test
	void everyFormatHasALabelInPeoplesWords() {
		for (ActivityFormat f : ActivityFormat.values()) {
			assertFalse(f.label().isBlank(), f.name());
			assertNotEquals(f.name(), f.label());
		}
	}
}
