package org.opencme.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations in
 * {@code db/migration} when the application deploys, before anything reads an
 * entity. JPA schema generation stays off: the migrations own the schema on H2
 * and PostgreSQL alike.
 */
@Singleton
@Startup
public class SchemaMigrator {

	private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

	@Resource(lookup = "java:jboss/datasources/OpenCMEDS")
	DataSource dataSource;

	private String databaseProduct;

	@PostConstruct
	@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
	void migrate() {
		databaseProduct = productName();
		boolean postgres = isPostgres();
		MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader()).dataSource(dataSource)
				.locations("classpath:db/migration").placeholders(Map.of("long_text", postgres ? "TEXT" : "CLOB"))
				// The batch job repository (JBeret) creates its tables in this database when
				// the
				// server starts, before the first migration of a new database: such a schema is
				// baselined at version 0, so every migration still runs.
				.baselineOnMigrate(true).baselineVersion("0").load().migrate();
		LOG.info(() -> "Schema of " + databaseProduct + ": " + result.migrationsExecuted + " migration(s) applied now");
	}

	public boolean isPostgres() {
		return databaseProduct.toLowerCase().contains("postgres");
	}

	public String databaseProduct() {
		return databaseProduct;
	}

	private String productName() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		} catch (SQLException e) {
			throw new IllegalStateException("The OpenCME database does not answer", e);
		}
	}
}
