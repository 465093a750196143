package org.opencme.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencme.platform.rest.Problem;

/**
 * The 401 error page (web.xml): an API call refused by the authentication
 * mechanism gets an {@code application/problem+json} body and the schemes it
 * may retry with. Pages never get here; they redirect to sign-in.
 */
@WebServlet(UnauthorizedProblemServlet.PATH)
public class UnauthorizedProblemServlet extends HttpServlet {

	static final String PATH = "/error/401";
	/** Request attribute: why the credentials were refused. */
	static final String DETAIL = "org.opencme.auth.refused";

	@Override
	protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object detail = request.getAttribute(DETAIL);
		response.setStatus(401);
		response.setHeader("WWW-Authenticate", Problem.CHALLENGE);
		response.setContentType(Problem.MEDIA_TYPE.toString());
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(Problem
				.of(401, "Unauthorized", detail == null ? "Sign in or send credentials." : detail.toString()).toJson());
	}
}
