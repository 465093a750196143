package org.opencme.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.opencme.platform.boundary.AppSettings;

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
	AppSettings settings;

	@Inject
	DemoData demoData;

	@Inject
	Clock clock;
	@PostConstruct
	void load() {
		if (wantsDemo() && settings.find(DEMO_LOADED).isEmpty()) {
			demoData.load();
			settings.record(DEMO_LOADED, Instant.now(clock).toString());
			LOG.info("Demo data loaded: accounts *@demo.opencme.org (passwords in the README)");
		}
		demoData.firstAdministrator(System.getenv("OPENCME_ADMIN_EMAIL"), System.getenv("OPENCME_ADMIN_PASSWORD"));
	}

	private boolean wantsDemo() {
		String setting = System.getProperty("opencme.demo", "auto").trim().toLowerCase();
		return switch (setting) {
			case "true" -> true;
			case "false" -> false;
			default -> !settings.isPostgres();
		};
	}
}
