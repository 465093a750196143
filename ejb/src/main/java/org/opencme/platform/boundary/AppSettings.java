package org.opencme.platform.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.opencme.platform.control.SchemaMigrator;
import org.opencme.platform.entity.AppSetting;

/**
 * The installation's own settings (such as "the demo data was loaded") and the
 * database it runs on: what start-up code of other contexts asks platform.
 */
@Stateless
public class AppSettings {

	@PersistenceContext(unitName = "opencme")
	EntityManager em;

	@Inject
	SchemaMigrator schema;

	public Optional<String> find(String key) {
		return Optional.ofNullable(em.find(AppSetting.class, key)).map(AppSetting::value);
	}

	/** Records a setting that is not set yet. */
	public void record(String key, String value) {
		em.persist(new AppSetting(key, value));
	}

	/** Whether the database is PostgreSQL (otherwise the embedded H2). */
	public boolean isPostgres() {
		return schema.isPostgres();
	}
}
