package org.opencme.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.entity.Activity;
import org.opencme.authoring.entity.ActivityStatus;
import org.opencme.authoring.entity.WorkflowException;
import org.opencme.content.pkg.ActivityFormat;

class ActivityTest {

	private final Activity draft = new Activity("Sepsis", "s", ActivityFormat.ON_DEMAND, 7L, Instant.EPOCH);

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
