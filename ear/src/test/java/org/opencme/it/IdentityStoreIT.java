package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.ApiTokenService;
import org.opencme.identity.boundary.CreatedToken;
import org.opencme.identity.boundary.DuplicateEmailException;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.boundary.Role;
import org.opencme.identity.web.BearerTokenCredential;
import org.opencme.platform.boundary.InvalidInputException;
import org.opencme.platform.boundary.NotPermittedException;

/**
 * Sign-in goes through the application's identity store: passwords, tokens,
 * roles as groups.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityStoreIT {

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	IdentityStoreHandler identityStores;

	@Inject
	AccountService accounts;

	@Inject
	ApiTokenService tokens;

	private long register(String email) {
		return accounts.register(
				new RegistrationRequest(email, "a long passphrase", "Ivo", "Identity", Profession.DO, null, List.of()));
	}

	@Test
	void theRightPasswordSignsInWithTheAccountsRolesAsGroups() {
		String email = Deployments.unique("store") + "@example.org";
		register(email);
		CredentialValidationResult ok = identityStores
				.validate(new UsernamePasswordCredential(email.toUpperCase(), "a long passphrase"));
		assertEquals(CredentialValidationResult.Status.VALID, ok.getStatus());
		assertEquals(email, ok.getCallerPrincipal().getName());
		assertEquals(Set.of("LEARNER"), ok.getCallerGroups());
	}

	@Test
	void aWrongPasswordOrUnknownAccountIsInvalid() {
		String email = Deployments.unique("store") + "@example.org";
		register(email);
		assertEquals(CredentialValidationResult.Status.INVALID,
				identityStores.validate(new UsernamePasswordCredential(email, "a long passphrasE")).getStatus());
		assertEquals(CredentialValidationResult.Status.INVALID,
				identityStores.validate(new UsernamePasswordCredential("nobody@example.org", "whatever")).getStatus());
	}

	@Test
	void grantedRolesBecomeGroupsAndAnAdminCannotDropTheirOwnAdminRole() {
		long admin = accounts.bootstrap(new RegistrationRequest(Deployments.unique("admin") + "@example.org",
				"a long passphrase", "Ada", "Identity", Profession.OTHER, null, List.of()), Set.of(Role.ADMIN));
		String email = Deployments.unique("grant") + "@example.org";
		long id = register(email);
		accounts.grant(admin, id, Role.DESIGNER);
		CredentialValidationResult result = identityStores
				.validate(new UsernamePasswordCredential(email, "a long passphrase"));
		assertEquals(Set.of("LEARNER", "DESIGNER"), result.getCallerGroups());
		assertThrows(NotPermittedException.class, () -> accounts.revoke(admin, admin, Role.ADMIN));
		assertThrows(NotPermittedException.class, () -> accounts.grant(id, id, Role.ADMIN));
	}

	@Test
	void aTokenSignsInUntilItIsRevoked() {
		String email = Deployments.unique("token") + "@example.org";
		long id = register(email);
		CreatedToken token = tokens.create(id, "laptop script");
		assertEquals(CredentialValidationResult.Status.VALID,
				identityStores.validate(new BearerTokenCredential(token.secret())).getStatus());
		tokens.revoke(id, token.id());
		assertEquals(CredentialValidationResult.Status.INVALID,
				identityStores.validate(new BearerTokenCredential(token.secret())).getStatus());
		assertEquals(1, tokens.list(id).size(), "a revoked token is kept, not deleted");
	}

	@Test
	void registrationRefusesDuplicatesAndBadInputAndStoresNothing() {
		String email = Deployments.unique("dup") + "@example.org";
		register(email);
		assertThrows(DuplicateEmailException.class, () -> register(email.toUpperCase()));
		InvalidInputException bad = assertThrows(InvalidInputException.class,
				() -> accounts.register(new RegistrationRequest("x" + email, "short", "", "", null, null, List.of())));
		assertEquals(Set.of("password", "givenName", "familyName", "profession"), bad.fieldErrors().keySet());
		assertEquals(true, accounts.findByEmail("x" + email).isEmpty());
	}
}
