package org.opencme.learning.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.boundary.MediaHolder;
import org.opencme.identity.boundary.Role;
import org.opencme.learning.control.MediaAccessPolicy.EnrolledVersion;

class MediaAccessPolicyTest {

	static final long OWNER = 1;
	static final long COAUTHOR = 2;
	static final long LEARNER = 3;
	static final Set<Role> A_LEARNER = Set.of(Role.LEARNER);

	static final MediaHolder LIVE_V2 = new MediaHolder(10, 2, OWNER, Set.of(COAUTHOR));
	static final MediaHolder DRAFT = new MediaHolder(10, null, OWNER, Set.of(COAUTHOR));

	@Test
	void anonymousCallersGetNothingEvenOfALiveActivity() {
		assertFalse(MediaAccessPolicy.mayRead(null, Set.of(), List.of(LIVE_V2), List.of()));
	}

	@Test
	void aLearnerNeedsAnEnrolmentInTheVersionThatHoldsTheFile() {
		assertFalse(MediaAccessPolicy.mayRead(LEARNER, A_LEARNER, List.of(LIVE_V2), List.of()));
		assertFalse(
				MediaAccessPolicy.mayRead(LEARNER, A_LEARNER, List.of(LIVE_V2), List.of(new EnrolledVersion(10, 1))));
		assertFalse(
				MediaAccessPolicy.mayRead(LEARNER, A_LEARNER, List.of(LIVE_V2), List.of(new EnrolledVersion(11, 2))));
		assertTrue(
				MediaAccessPolicy.mayRead(LEARNER, A_LEARNER, List.of(LIVE_V2), List.of(new EnrolledVersion(10, 2))));
	}

	@Test
	void anEnrolmentNeverOpensAWorkingCopysFiles() {
		assertFalse(MediaAccessPolicy.mayRead(LEARNER, A_LEARNER, List.of(DRAFT), List.of(new EnrolledVersion(10, 2))));
	}

	@Test
	void staffSeeDraftAndPublishedFiles() {
		assertTrue(MediaAccessPolicy.mayRead(OWNER, A_LEARNER, List.of(DRAFT), List.of()));
		assertTrue(MediaAccessPolicy.mayRead(COAUTHOR, A_LEARNER, List.of(LIVE_V2), List.of()));
		assertTrue(MediaAccessPolicy.mayRead(99L, Set.of(Role.LEARNER, Role.DESIGNER), List.of(DRAFT), List.of()));
		assertTrue(MediaAccessPolicy.mayRead(99L, Set.of(Role.LEARNER, Role.ADMIN), List.of(LIVE_V2), List.of()));
	}

	@Test
	void aProctorIsNotStaffOfContent() {
		assertFalse(MediaAccessPolicy.mayRead(99L, Set.of(Role.LEARNER, Role.PROCTOR), List.of(LIVE_V2), List.of()));
	}

	@Test
	void aFileNoActivityHoldsIsNobodys() {
		assertFalse(MediaAccessPolicy.mayRead(99L, Set.of(Role.ADMIN), List.of(), List.of()));
	}
}
