package org.opencme.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * The migrations apply cleanly on a fresh H2 database (the ITs repeat this in
 * the server, and on PostgreSQL).
 */
class MigrationsTest {

	@Test
	void migrationsCreateTheSchemaAndSeedCreditTypes() throws SQLException {
		String url = "jdbc:h2:mem:migrations" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		MigrateResult result = Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration")
				.placeholders(Map.of("long_text", "CLOB")).load().migrate();
		assertTrue(result.success);
		assertTrue(result.migrationsExecuted >= 3);
		try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement()) {
			ResultSet rs = s.executeQuery("SELECT claim_increment FROM credit_type WHERE code = 'AMA_PRA_1'");
			assertTrue(rs.next());
			assertEquals(0, rs.getBigDecimal(1).compareTo(new java.math.BigDecimal("0.25")));
			ResultSet count = s.executeQuery("SELECT COUNT(*) FROM credit_type");
			count.next();
			assertTrue(count.getInt(1) >= 9);
		}
	}
}
