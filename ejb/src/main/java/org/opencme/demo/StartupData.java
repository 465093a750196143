package org.opencme.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.opencme.platform.control.SchemaMigrator;
import org.opencme.platform.entity.AppSetting;

/**
 * Decides at start-up whether to load the demo data: {@code opencme.demo=true}
 * always, {@code false} never, {@code auto} (the default) only on the embedded
 * H2 database. Loaded once: a setting records that it was. On an installation
 * without any administrator, {@code OPENCME_ADMIN_EMAIL} and
 * {@code OPENCME_ADMIN_PASSWORD} create the first one.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "CatalogService"})
public class StartupData {

	static final String DEMO_LOADED = "demo.loaded";
	private static final Logger LOG = Logger.getLogger(StartupData.class.getName());

	@Inject
	SchemaMigrator schema;

	@Inject
	DemoData demoData;

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	Clock clock;

	@PostConstruct
	void load() {
		if (wantsDemo() && em.find(AppSetting.class, DEMO_LOADED) == null) {
			demoData.load();
			em.persist(new AppSetting(DEMO_LOADED, Instant.now(clock).toString()));
			LOG.info("Demo data loaded: accounts *@demo.opencme.org (passwords in the README)");
		}
		demoData.firstAdministrator(System.getenv("OPENCME_ADMIN_EMAIL"), System.getenv("OPENCME_ADMIN_PASSWORD"));
	}

	private boolean wantsDemo() {
		String setting = System.getProperty("opencme.demo", "auto").trim().toLowerCase();
		return switch (setting) {
			case "true" -> true;
			case "false" -> false;
			default -> !schema.isPostgres();
		};
	}
}
