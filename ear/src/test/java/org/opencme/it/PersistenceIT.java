package org.opencme.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opencme.audit.boundary.AuditLog;
import org.opencme.audit.entity.AuditEntry;
import org.opencme.content.pkg.Profession;
import org.opencme.identity.boundary.AccountService;
import org.opencme.identity.boundary.LicenceInput;
import org.opencme.identity.boundary.RegistrationRequest;
import org.opencme.identity.entity.UserAccount;
import org.opencme.platform.boundary.HealthService;

/**
 * EclipseLink really is the provider, the migrations ran, and an account
 * survives a fresh persistence context.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

	@Deployment
	static EnterpriseArchive deployment() {
		return Deployments.earWithTests();
	}

	@Inject
	AccountService accounts;

	@Inject
	AuditLog audit;

	@Inject
	HealthService health;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	UserTransaction tx;

	@Test
	void theJpaProviderIsEclipseLink() {
		assertTrue(health.persistenceProvider().startsWith("org.eclipse.persistence"), health.persistenceProvider());
		Object delegate = em.getDelegate();
		assertTrue(delegate.getClass().getName().startsWith("org.eclipse.persistence"), delegate.getClass().getName());
	}

	@Test
	void flywayAppliedEveryMigration() {
		@SuppressWarnings("unchecked")
		List<Object> versions = em.createNativeQuery(
				"SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE ORDER BY \"installed_rank\"")
				.getResultList();
		assertTrue(versions.stream().map(String::valueOf).toList().containsAll(List.of("1", "2", "3")),
				versions.toString());
	}

	@Test
	void anAccountIsPersistedAndReadBackInAFreshPersistenceContext() throws Exception {
		String email = Deployments.unique("persist") + "@example.org";
		long id = accounts.register(new RegistrationRequest(email, "a long passphrase", "Rita", "Reader", Profession.RN,
				null, List.of(new LicenceInput("TX", "RN-778899"))));

		tx.begin();
		try {
			em.clear();
			em.getEntityManagerFactory().getCache().evictAll();
			UserAccount read = em.find(UserAccount.class, id);
			assertNotNull(read);
			assertEquals(email, read.email());
			assertEquals("TX", read.licences().get(0).state());
			assertTrue(read.passwordHash().startsWith("pbkdf2-sha256$600000$"));
		} finally {
			tx.commit();
		}
		List<AuditEntry> trail = audit.forRecord("UserAccount", id);
		assertEquals("ACCOUNT_REGISTERED", trail.get(0).action());
		assertEquals(email, trail.get(0).actor());
	}
}
