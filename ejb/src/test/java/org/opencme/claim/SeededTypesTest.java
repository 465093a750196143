package org.opencme.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opencme.claim.control.CreditTypes;
import org.opencme.content.pkg.Profession;
import org.opencme.credit.boundary.CreditTypeSummary;

/**
 * The rule tests' credit types are the ones the migration seeds: same
 * increment, eligible professions and evaluation-time flag, so a change of the
 * seed shows here before it surprises a claim.
 */
class SeededTypesTest {

	private static final Pattern ROW = Pattern.compile("INSERT INTO credit_type VALUES \\(\\d+, '([A-Z0-9_]+)', "
			+ "'(?:[^']|'')*', '([^']*)', ([0-9.]+), (NULL|'[^']*'), (TRUE|FALSE),");

	private static String seed() throws IOException {
		try (InputStream in = SeededTypesTest.class.getResourceAsStream("/db/migration/V2__credit_types.sql")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void theFixturesAreTheSeededTypes() throws IOException {
		Matcher row = ROW.matcher(seed());
		List<CreditTypeSummary> fixtures = List.of(CreditFixtures.AMA, CreditFixtures.ANCC, CreditFixtures.AANP,
				CreditFixtures.AAPA, CreditFixtures.ACPE, CreditFixtures.MOC, CreditFixtures.IPCE,
				CreditFixtures.PARTICIPATION);
		Set<String> compared = new HashSet<>();
		while (row.find()) {
			String code = row.group(1);
			var fixture = fixtures.stream().filter(f -> f.code().equals(code)).findFirst();
			if (fixture.isEmpty()) {
				continue;
			}
			CreditTypeSummary f = fixture.get();
			assertEquals(row.group(2), f.unitLabel(), code);
			assertEquals(0, new BigDecimal(row.group(3)).compareTo(f.claimIncrement()), code);
			Set<String> professions = row.group(4).equals("NULL")
					? Set.of()
					: Set.of(row.group(4).replace("'", "").split(","));
			assertEquals(professions, f.eligibleProfessions(), code);
			assertEquals(Boolean.parseBoolean(row.group(5).toLowerCase()), f.evaluationTimeCounts(), code);
			compared.add(code);
		}
		assertEquals(8, compared.size(), "every fixture is a seeded type: " + compared);
	}

	@Test
	void everySeededEligibleProfessionIsAProfession() throws IOException {
		Set<String> names = new HashSet<>(Arrays.stream(Profession.values()).map(Profession::name).toList());
		Matcher row = ROW.matcher(seed());
		while (row.find()) {
			if (!row.group(4).equals("NULL")) {
				for (String p : row.group(4).replace("'", "").split(",")) {
					assertTrue(names.contains(p), row.group(1) + ": " + p);
				}
			}
		}
	}

	@Test
	void theParticipationTypeIsSeeded() throws IOException {
		assertTrue(seed().contains("'" + CreditTypes.PARTICIPATION + "'"));
	}
}
