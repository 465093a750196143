package org.opencme.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.ApiTokenService;
import org.opencme.identity.boundary.AuthenticatedAccount;

/**
 * Checks e-mail and password (PBKDF2, in the identity boundary) and personal
 * API tokens. The caller's unique id is the account id; groups are the role
 * names.
 */
@ApplicationScoped
public class OpenCmeIdentityStore implements IdentityStore {

	static final String STORE_ID = "opencme";

	@Inject
	AccountService accounts;

	@Inject
	ApiTokenService tokens;

	@Override
	public CredentialValidationResult validate(Credential credential) {
		if (credential instanceof UsernamePasswordCredential password) {
			return result(accounts.authenticate(password.getCaller(), password.getPasswordAsString()));
		}
		if (credential instanceof BearerTokenCredential token) {
			return result(tokens.authenticate(token.token()));
		}
		return CredentialValidationResult.NOT_VALIDATED_RESULT;
	}

	private static CredentialValidationResult result(Optional<AuthenticatedAccount> account) {
		return account.map(a -> new CredentialValidationResult(STORE_ID,
				new jakarta.security.enterprise.CallerPrincipal(a.email()), null, String.valueOf(a.id()),
				SignedInCaller.of(a).groups())).orElse(CredentialValidationResult.INVALID_RESULT);
	}
}
