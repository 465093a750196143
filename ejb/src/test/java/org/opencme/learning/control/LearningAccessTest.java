package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.control.LearningAccess.Use;
import org.opencme.platform.boundary.NotPermittedException;

class LearningAccessTest {

	static final long LEARNER = 7;
	static final long OTHER = 8;

	@Test
	void theLearnerReadsAndWritesTheirOwnRecord() {
		assertTrue(LearningAccess.permits(LEARNER, Set.of(Role.LEARNER), LEARNER, Use.READ));
		assertTrue(LearningAccess.permits(LEARNER, Set.of(Role.LEARNER), LEARNER, Use.WRITE));
	}

	@Test
	void anAdministratorReadsButNeverWritesAnotherLearnersRecord() {
		Set<Role> admin = EnumSet.of(Role.LEARNER, Role.ADMIN);
		assertTrue(LearningAccess.permits(OTHER, admin, LEARNER, Use.READ));
		assertFalse(LearningAccess.permits(OTHER, admin, LEARNER, Use.WRITE));
		NotPermittedException refused = assertThrows(NotPermittedException.class,
				() -> LearningAccess.require(OTHER, admin, LEARNER, Use.WRITE));
		assertTrue(refused.getMessage().contains("Only the learner"));
	}

	@Test
	void anAdministratorWritesTheirOwnRecordAsALearner() {
		assertDoesNotThrow(
				() -> LearningAccess.require(LEARNER, EnumSet.of(Role.LEARNER, Role.ADMIN), LEARNER, Use.WRITE));
	}

	@Test
	void nobodyElseReadsOrWrites() {
		for (Role role : Role.values()) {
			if (role == Role.ADMIN) {
				continue;
			}
			assertFalse(LearningAccess.permits(OTHER, EnumSet.of(Role.LEARNER, role), LEARNER, Use.READ), role.name());
			assertFalse(LearningAccess.permits(OTHER, EnumSet.of(Role.LEARNER, role), LEARNER, Use.WRITE), role.name());
		}
		assertThrows(NotPermittedException.class, () -> LearningAccess.require(OTHER, Set.of(), LEARNER, Use.READ));
	}
}
