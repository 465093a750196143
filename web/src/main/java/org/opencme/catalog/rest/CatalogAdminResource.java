package org.opencme.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opencme.catalog.boundary.CatalogService;
import org.opencme.catalog.boundary.IndexStatus;
import org.opencme.catalog.boundary.SynonymRuleSummary;
import org.opencme.catalog.boundary.SynonymService;
import org.opencme.identity.web.CurrentUser;

/**
 * {@code /api/admin/catalog}: administrators look after the search index: its
 * status, a rebuild from the database (in the background; poll the status), and
 * the synonym rules added to the shipped medical list.
 */
@Path("admin/catalog")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogAdminResource {

	@Inject
	CatalogService catalog;

	@Inject
	SynonymService synonyms;

	@Inject
	CurrentUser currentUser;

	/** Body of a new rule. */
	public record NewRule(
			@jakarta.validation.constraints.Size(max = org.opencme.catalog.boundary.SynonymService.MAX_RULE) String rule) {
	}

	/** The shipped list and the added rules. */
	public record Synonyms(String shipped, List<SynonymRuleSummary> items) {
	}

	@GET
	public IndexStatus status() {
		return catalog.status();
	}

	/** 202 with the status to poll; 409 while a rebuild is running. */
	@POST
	@Path("rebuild")
	public Response rebuild() {
		return Response.accepted(catalog.requestRebuild(currentUser.required().asAccount())).build();
	}

	@GET
	@Path("synonyms")
	public Synonyms synonyms() {
		return new Synonyms(synonyms.shipped(), synonyms.rules());
	}

	@POST
	@Path("synonyms")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response add(NewRule body) {
		SynonymRuleSummary added = synonyms.add(currentUser.required().asAccount(), body == null ? null : body.rule());
		return Response.status(Response.Status.CREATED).entity(added).build();
	}

	@DELETE
	@Path("synonyms/{id}")
	public SynonymRuleSummary remove(@PathParam("id") long id) {
		return synonyms.remove(currentUser.required().asAccount(), id);
	}
}
