package org.opencme.authoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencme.authoring.control.ActivityAccess;
import org.opencme.authoring.entity.Activity;
import org.opencme.content.pkg.ActivityFormat;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.Role;

/** Who may create, read, edit, share, schedule, retire and review. */
class ActivityAccessTest {

	private static final Set<Role> DESIGNER = EnumSet.of(Role.LEARNER, Role.DESIGNER);
	private static final Set<Role> ADMIN = EnumSet.of(Role.LEARNER, Role.ADMIN);
	private static final Set<Role> LEARNER = EnumSet.of(Role.LEARNER);
	private static final Set<Role> PROCTOR = EnumSet.of(Role.LEARNER, Role.PROCTOR);

	/** Owned by account 7. */
	private final Activity draft = new Activity("Sepsis", "s", ActivityFormat.ON_DEMAND, 7L, Instant.EPOCH);

	private static AuthenticatedAccount account(long id, Set<Role> roles) {
		return new AuthenticatedAccount(id, id + "@example.org", "Account " + id, roles, "UTC");
	}

	@Test
	void designersAndAdministratorsCreate() {
		assertTrue(ActivityAccess.mayCreate(account(1, DESIGNER)));
		assertTrue(ActivityAccess.mayCreate(account(1, ADMIN)));
		assertFalse(ActivityAccess.mayCreate(account(1, LEARNER)));
		assertFalse(ActivityAccess.mayCreate(account(1, PROCTOR)));
	}

	@Test
	void authorDesignerMayEditTheirDraft() {
		assertTrue(ActivityAccess.mayEdit(account(7, DESIGNER), draft));
	}

	@Test
	void anotherDesignerMayNotButACoauthorMay() {
		assertFalse(ActivityAccess.mayEdit(account(8, DESIGNER), draft));
		draft.addCoauthor(8L);
		assertTrue(ActivityAccess.mayEdit(account(8, DESIGNER), draft));
	}

	@Test
	void anAdministratorMayEditAnyDraft() {
		assertTrue(ActivityAccess.mayEdit(account(99, ADMIN), draft));
	}

	@Test
	void theAuthorWithoutTheDesignerRoleMayNot() {
		assertFalse(ActivityAccess.mayEdit(account(7, LEARNER), draft));
		assertFalse(ActivityAccess.maySchedule(account(7, LEARNER), draft));
		assertFalse(ActivityAccess.mayRetire(account(7, LEARNER), draft));
	}

	@Test
	void nobodyEditsWhileInReviewOrRetired() {
		draft.submit(Instant.EPOCH);
		assertFalse(ActivityAccess.mayEdit(account(7, DESIGNER), draft));
		assertFalse(ActivityAccess.mayEdit(account(1, ADMIN), draft));
		draft.approve(1, Instant.EPOCH);
		assertTrue(ActivityAccess.mayEdit(account(7, DESIGNER), draft), "a published activity takes a new draft");
		draft.retire(Instant.EPOCH);
		assertFalse(ActivityAccess.mayEdit(account(7, DESIGNER), draft));
		assertFalse(ActivityAccess.mayEdit(account(1, ADMIN), draft));
	}

	@Test
	void everyDesignerReadsWorkingCopiesLearnersAndProctorsDoNot() {
		assertTrue(ActivityAccess.mayRead(account(7, DESIGNER), draft));
		assertTrue(ActivityAccess.mayRead(account(8, DESIGNER), draft), "reviewers read every working copy");
		assertTrue(ActivityAccess.mayRead(account(9, ADMIN), draft));
		assertFalse(ActivityAccess.mayRead(account(10, LEARNER), draft));
		assertFalse(ActivityAccess.mayRead(account(10, PROCTOR), draft));
	}

	@Test
	void onlyTheOwnerOrAnAdministratorShares() {
		draft.addCoauthor(8L);
		assertTrue(ActivityAccess.mayShare(account(7, DESIGNER), draft));
		assertFalse(ActivityAccess.mayShare(account(8, DESIGNER), draft), "a co-author does not add co-authors");
		assertTrue(ActivityAccess.mayShare(account(9, ADMIN), draft));
		assertFalse(ActivityAccess.mayShare(account(10, DESIGNER), draft));
	}

	@Test
	void authorsWhoAreDesignersAndAdministratorsScheduleAndRetire() {
		draft.addCoauthor(8L);
		for (long author : new long[]{7, 8}) {
			assertTrue(ActivityAccess.maySchedule(account(author, DESIGNER), draft));
			assertTrue(ActivityAccess.mayRetire(account(author, DESIGNER), draft));
		}
		assertTrue(ActivityAccess.maySchedule(account(9, ADMIN), draft));
		assertFalse(ActivityAccess.maySchedule(account(10, DESIGNER), draft), "not an author");
		assertFalse(ActivityAccess.maySchedule(account(11, PROCTOR), draft));
		assertFalse(ActivityAccess.mayRetire(account(10, DESIGNER), draft));
	}

	@Test
	void anAuthorNeverReviewsTheirOwnActivity() {
		assertFalse(ActivityAccess.mayReview(account(7, DESIGNER), draft));
		assertFalse(ActivityAccess.mayReview(account(7, ADMIN), draft));
		assertTrue(ActivityAccess.mayReview(account(8, DESIGNER), draft));
		assertTrue(ActivityAccess.mayReview(account(9, ADMIN), draft));
		assertFalse(ActivityAccess.mayReview(account(10, EnumSet.of(Role.LEARNER, Role.PROCTOR)), draft));
	}
}
