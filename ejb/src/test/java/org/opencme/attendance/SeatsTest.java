package org.opencme.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opencme.attendance.control.Seats;
import org.opencme.attendance.entity.RegistrationStatus;

/**
 * Seats and the waitlist: free seats first, the waitlist in order, no seat
 * twice.
 */
class SeatsTest {

	@Test
	void aRequestGetsASeatWhileOneIsFreeAndNobodyWaits() {
		assertEquals(RegistrationStatus.REGISTERED, Seats.forRequest(10, 0, 0));
		assertEquals(RegistrationStatus.REGISTERED, Seats.forRequest(10, 9, 0));
		assertEquals(RegistrationStatus.WAITLISTED, Seats.forRequest(10, 10, 0));
		assertEquals(RegistrationStatus.WAITLISTED, Seats.forRequest(10, 11, 0), "over capacity after a change");
	}

	@Test
	void theWaitlistGoesBeforeANewcomerEvenWhenASeatIsFree() {
		assertEquals(RegistrationStatus.WAITLISTED, Seats.forRequest(10, 9, 3));
	}

	@Test
	void withoutACapacityEveryoneHasASeat() {
		assertEquals(RegistrationStatus.REGISTERED, Seats.forRequest(null, 5_000, 0));
		assertEquals(4, Seats.toPromote(null, 5_000, 4));
	}

	@Test
	void freedSeatsGoToTheWaitlistOnePerSeat() {
		assertEquals(1, Seats.toPromote(10, 9, 40));
		assertEquals(3, Seats.toPromote(10, 7, 40));
		assertEquals(2, Seats.toPromote(10, 7, 2), "no more than are waiting");
		assertEquals(0, Seats.toPromote(10, 10, 40));
		assertEquals(0, Seats.toPromote(10, 12, 40), "over capacity: nobody is promoted");
		assertEquals(0, Seats.toPromote(10, 3, 0));
	}

	@Test
	void negativeCountsAreAProgrammingError() {
		assertThrows(IllegalArgumentException.class, () -> Seats.forRequest(10, -1, 0));
		assertThrows(IllegalArgumentException.class, () -> Seats.toPromote(10, 0, -1));
	}
}
