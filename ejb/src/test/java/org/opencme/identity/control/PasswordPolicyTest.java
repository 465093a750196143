package org.opencme.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OWASP ASVS 4.0.3 V2.1.1, 2.1.2, 2.1.4, 2.1.7, 2.1.9. */
class PasswordPolicyTest {

	@Test
	void twelveCharactersAtLeast() {
		assertTrue(PasswordPolicy.problem("elevenchars", null).isPresent());
		assertTrue(PasswordPolicy.problem("password12", null).isPresent(), "accepted before: 10 characters");
		assertEquals(Optional.empty(), PasswordPolicy.problem("twelve chars", null));
	}

	@Test
	void upToOneHundredTwentyEightCharactersAndAnyUnicodeCountedAsCharacters() {
		assertEquals(Optional.empty(), PasswordPolicy.problem("x".repeat(128), null));
		assertTrue(PasswordPolicy.problem("x".repeat(129), null).isPresent());
		assertEquals(Optional.empty(), PasswordPolicy.problem("Grüße aus Köln ☕", null));
		String emoji = "\uD83D\uDE00".repeat(11);
		assertTrue(PasswordPolicy.problem(emoji, null).isPresent(), "11 emoji are 11 characters, not 22");
		assertEquals(Optional.empty(), PasswordPolicy.problem(emoji + "\uD83D\uDE00", null));
	}

	@Test
	void noCompositionRules() {
		assertEquals(Optional.empty(), PasswordPolicy.problem("correct horse battery staple", null));
		assertEquals(Optional.empty(), PasswordPolicy.problem("aaaabbbbccccdd", null));
	}

	@Test
	void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
		for (String common : new String[]{"password1234", "qwertyuiop12", "1q2w3e4r5t6y", "iloveyou1234",
				"Password1234", "QWERTY123456"}) {
			Optional<String> problem = PasswordPolicy.problem(common, null);
			assertTrue(problem.isPresent() && problem.get().contains("common"), common);
		}
		assertTrue(PasswordPolicy.listSize() > 40_000, "the shipped list is loaded: " + PasswordPolicy.listSize());
	}

	@Test
	void theDemoPasswordsAreAccepted() {
		for (String demo : new String[]{"Learner-demo-2026", "Proctor-demo-2026", "Designer-demo-2026",
				"Admin-demo-2026", "a long passphrase"}) {
			assertEquals(Optional.empty(), PasswordPolicy.problem(demo, "x@example.org"), demo);
		}
	}

	@Test
	void notTheEmailAddress() {
		assertTrue(PasswordPolicy.problem("longname@example.org", "LongName@example.org").isPresent());
	}

	@Test
	void measuredAndComparedInTheFormItIsHashedIn() {
		// Full-width "password1234" is the common password once normalised (NFKC).
		String fullWidth = "\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13\uFF14";
		assertTrue(PasswordPolicy.problem(fullWidth, null).get().contains("common"));
		// Twelve code points as typed, eleven once the accent is composed.
		assertTrue(PasswordPolicy.problem("cafe\u0301-au-lai", null).isPresent());
		assertEquals(Optional.empty(), PasswordPolicy.problem("cafe\u0301-au-lait", null));
	}
}
