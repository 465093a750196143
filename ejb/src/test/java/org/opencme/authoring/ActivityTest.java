package org.opencme.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.authoring.entity.WorkflowException;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.identity.boundary.Role;

class ActivityTest {

	private static final EnumSet<Role> DESIGNER = EnumSet.of(Role.LEARNER, Role.DESIGNER);
	private static final EnumSet<Role> ADMIN = EnumSet.of(Role.LEARNER, Role.ADMIN);
	private final Activity draft = new Activity("Sepsis", "s", ActivityFormat.ON_DEMAND, 7L, Instant.EPOCH);

	@Test
	void authorDesignerMayEditTheirDraft() {
		assertTrue(draft.isEditableBy(7L, DESIGNER));
	}

	@Test
	void anotherDesignerMayNotButACoauthorMay() {
		assertFalse(draft.isEditableBy(8L, DESIGNER));
		draft.addCoauthor(8L);
		assertTrue(draft.isEditableBy(8L, DESIGNER));
	}

	@Test
	void anAdministratorMayEditAnyDraft() {
		assertTrue(draft.isEditableBy(99L, ADMIN));
	}

	@Test
	void theAuthorWithoutTheDesignerRoleMayNot() {
		assertFalse(draft.isEditableBy(7L, EnumSet.of(Role.LEARNER)));
	}

	@Test
	void nobodyEditsWhileInReview() {
		draft.submit(Instant.EPOCH);
		assertFalse(draft.isEditableBy(7L, DESIGNER));
		assertFalse(draft.isEditableBy(1L, ADMIN));
	}

	@Test
	void anAuthorNeverReviewsTheirOwnActivity() {
		assertFalse(draft.isReviewableBy(7L, DESIGNER));
		assertFalse(draft.isReviewableBy(7L, ADMIN));
		assertTrue(draft.isReviewableBy(8L, DESIGNER));
		assertTrue(draft.isReviewableBy(9L, ADMIN));
		assertFalse(draft.isReviewableBy(10L, EnumSet.of(Role.LEARNER, Role.PROCTOR)));
	}

	@Test
	void workflowRunsDraftReviewPublishedRetired() {
		draft.submit(Instant.EPOCH);
		assertEquals(ActivityStatus.IN_REVIEW, draft.status());
		draft.approve(1, Instant.EPOCH);
		assertEquals(ActivityStatus.PUBLISHED, draft.status());
		assertTrue(draft.isLive());
		draft.retire(Instant.EPOCH);
		assertFalse(draft.isLive());
		assertThrows(WorkflowException.class, () -> draft.retire(Instant.EPOCH));
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		assertThrows(WorkflowException.class, () -> draft.approve(1, Instant.EPOCH));
		assertThrows(WorkflowException.class, () -> draft.returnForChanges("why", Instant.EPOCH));
		assertThrows(WorkflowException.class, () -> draft.retire(Instant.EPOCH));
	}

	@Test
	void editingAPublishedActivityStartsANewDraftAndKeepsTheLiveVersion() {
		draft.submit(Instant.EPOCH);
		draft.approve(1, Instant.EPOCH);
		draft.replaceDraft("Sepsis 2027", "s", ActivityFormat.ON_DEMAND, "{}", Map.of(), Instant.EPOCH);
		assertEquals(ActivityStatus.DRAFT, draft.status());
		assertEquals(1, draft.liveVersionNo());
		assertTrue(draft.isLive());
	}

	@Test
	void aReturnCarriesTheReviewersComment() {
		draft.submit(Instant.EPOCH);
		draft.returnForChanges("Add a disclosure for the planner.", Instant.EPOCH);
		assertEquals(ActivityStatus.DRAFT, draft.status());
		assertEquals("Add a disclosure for the planner.", draft.reviewComment());
	}
}
