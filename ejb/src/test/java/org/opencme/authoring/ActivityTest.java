package org.opencme.authoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityFormat;
import org.opencme.identity.entity.Role;

class ActivityTest {

	private final Activity draft = new Activity("Sepsis", "s", ActivityFormat.ON_DEMAND, 7L, Instant.EPOCH);

	@Test
	void authorDesignerMayEditTheirDraft() {
		assertTrue(draft.isEditableBy(7L, EnumSet.of(Role.LEARNER, Role.DESIGNER)));
	}

	@Test
	void anotherDesignerMayNot() {
		assertFalse(draft.isEditableBy(8L, EnumSet.of(Role.LEARNER, Role.DESIGNER)));
	}

	@Test
	void anAdministratorMayEditAnyDraft() {
		assertTrue(draft.isEditableBy(99L, EnumSet.of(Role.LEARNER, Role.ADMIN)));
	}

	@Test
	void theAuthorWithoutTheDesignerRoleMayNot() {
		assertFalse(draft.isEditableBy(7L, EnumSet.of(Role.LEARNER)));
	}

	@Test
	void nobodyEditsAPublishedActivityInPlace() {
		draft.markPublished(Instant.EPOCH);
		assertFalse(draft.isEditableBy(7L, EnumSet.of(Role.DESIGNER)));
		assertFalse(draft.isEditableBy(1L, EnumSet.of(Role.ADMIN)));
	}
}
