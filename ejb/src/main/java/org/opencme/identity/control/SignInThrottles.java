package org.opencme.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** The server's one {@link SignInThrottle}, on the application's clock. */
@ApplicationScoped
public class SignInThrottles {

	private SignInThrottle throttle;

	@Inject
	void init(Clock clock) {
		throttle = new SignInThrottle(clock::instant);
	}

	public SignInThrottle throttle() {
		return throttle;
	}
}
