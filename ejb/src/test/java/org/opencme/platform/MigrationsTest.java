package org.opencme.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

	@Test
	void anIdempotencyKeyIsTakenOncePerAccount() throws SQLException {
		String url = "jdbc:h2:mem:idempotency" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration")
				.placeholders(Map.of("long_text", "CLOB")).load().migrate();
		try (Connection c = DriverManager.getConnection(url, "sa", "sa"); Statement s = c.createStatement()) {
			s.executeUpdate("INSERT INTO user_account (id, email, given_name, family_name, profession, password_hash,"
					+ " time_zone, enabled, created_at, row_version) VALUES (1, 'a@example.org', 'A', 'A', 'MD', 'x',"
					+ " 'UTC', TRUE, CURRENT_TIMESTAMP, 0), (2, 'b@example.org', 'B', 'B', 'MD', 'x', 'UTC', TRUE,"
					+ " CURRENT_TIMESTAMP, 0)");
			String insert = "INSERT INTO idempotency_record (id, account_id, idem_key, http_method, request_path,"
					+ " request_sha256, status, created_at, expires_at, response_body) VALUES (%d, %d, 'key-1', 'POST',"
					+ " '/api/enrollments', 'abc', 'IN_FLIGHT', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, X'00ff')";
			s.executeUpdate(String.format(insert, 1, 1));
			s.executeUpdate(String.format(insert, 2, 2));
			assertThrows(SQLException.class, () -> s.executeUpdate(String.format(insert, 3, 1)),
					"the same account cannot take the same key twice");
			ResultSet body = s.executeQuery("SELECT response_body FROM idempotency_record WHERE id = 1");
			body.next();
			assertEquals(2, body.getBytes(1).length);
		}
	}
}
