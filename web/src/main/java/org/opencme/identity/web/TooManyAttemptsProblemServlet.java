package org.opencme.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.opencme.platform.rest.Problem;

/**
 * The 429 error page (web.xml): an API call refused by sign-in throttling gets
 * {@code Retry-After} (seconds) and a problem saying how long to wait.
 */
@WebServlet(TooManyAttemptsProblemServlet.PATH)
public class TooManyAttemptsProblemServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	static final String PATH = "/error/429";

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Duration wait = request.getAttribute(OpenCmeAuthenticationMechanism.THROTTLED) instanceof Duration d
				? d
				: Duration.ofMinutes(1);
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.toMillis() + 999) / 1000)));
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(Problem.MEDIA_TYPE.toString());
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
				.write(Problem.of(429, "Too many attempts",
						"Too many attempts, try again in " + OpenCmeAuthenticationMechanism.waitText(wait) + ".")
						.toJson());
	}
}
