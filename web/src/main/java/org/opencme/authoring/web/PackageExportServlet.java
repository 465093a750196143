package org.opencme.authoring.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.opencme.authoring.boundary.WorkingCopyService;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.identity.web.CurrentUser;
import org.opencme.platform.boundary.DomainException;

/**
 * {@code /designer/export/{id}}: downloads the working copy as a content
 * package. Under {@code /designer/*}, so the container admits designers and
 * administrators only; the boundary checks the rest.
 */
@WebServlet("/designer/export/*")
public class PackageExportServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;

	@Inject
	WorkingCopyService workingCopies;

	@Inject
	CurrentUser currentUser;

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long id;
		try {
			id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
		} catch (NumberFormatException e) {
			response.sendError(404);
			return;
		}
		try {
			ContentPackage pkg = workingCopies.draft(currentUser.required().asAccount(), id);
			response.setContentType("application/zip");
			response.setHeader("Content-Disposition", "attachment; filename=\"activity-" + id + ".zip\"");
			new PackageWriter().write(pkg, response.getOutputStream());
		} catch (DomainException e) {
			response.sendError(e.kind() == DomainException.Kind.FORBIDDEN ? 403 : 404, e.getMessage());
		}
	}
}
