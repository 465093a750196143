package org.opencme.it;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.AuthenticatedAccount;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.boundary.Role;

/**
 * Fresh accounts and packages for the in-container tests, so that none of them
 * acts as a demo account or depends on what an earlier run left.
 */
final class ContainerFixtures {

	private ContainerFixtures() {
	}

	/**
	 * A new account with {@code roles} besides LEARNER, made the way the system
	 * makes its first accounts ({@link AccountService#bootstrap}): inside the
	 * container no administrator is needed to grant them.
	 */
	static AuthenticatedAccount newAccount(AccountService accounts, String prefix, Set<Role> roles) {
		long id = accounts.bootstrap(new RegistrationRequest(Deployments.unique(prefix) + "@example.org",
				"a long passphrase", "Ina", "Container", Profession.MD, null, List.of()), roles);
		return accounts.authenticated(id).orElseThrow();
	}

	/** A demo package under {@code title}, its disclosures dated last month. */
	static ContentPackage demoPackage(String slug, String title) {
		ContentPackage pkg = DemoPackages.read(slug);
		ActivitySpec a = pkg.manifest().activity();
		LocalDate recent = LocalDate.now().minusMonths(1);
		List<FacultySpec> faculty = a.faculty().stream()
				.map(f -> new FacultySpec(f.name(), f.role(), new DisclosureSpec(f.disclosure().text(), recent)))
				.toList();
		ActivitySpec renamed = new ActivitySpec(title, a.summary(), a.objectives(), a.targetAudience(), a.topics(),
				a.format(), a.estimatedMinutes(), faculty, a.accreditationStatement(), a.creditDesignations(),
				a.releaseDate(), a.expiryDate(), a.feeMinor(), a.currency(), a.capacity());
		ActivityManifest m = pkg.manifest();
		return new ContentPackage(
				new ActivityManifest(renamed, m.completionCriteria(), m.certificateTemplate(), m.modules()),
				pkg.files());
	}
}
