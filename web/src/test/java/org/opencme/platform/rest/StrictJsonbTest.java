package org.opencme.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The API's JSON-B refuses what Yasson's defaults read wrongly, and
 * {@link BodyProblems} names the field and the rule of each refusal.
 */
class StrictJsonbTest {

	public record Licence(String state, String number) {
	}

	public record Body(String text, Integer minutes, Long amount, Boolean submit, Set<String> selected,
			Map<String, String> answers, List<Licence> licences, LocalDate day) {
	}

	private final Jsonb jsonb = new StrictJsonb().getContext(Body.class);

	@Test
	void valuesOfTheRightTypeAndSizeAreRead() {
		Body body = jsonb.fromJson("{\"text\":\"t\",\"minutes\":30,\"amount\":9223372036854775807,\"submit\":true,"
				+ "\"selected\":[\"a\"],\"answers\":{\"q\":\"4\"},\"licences\":[{\"state\":\"NY\",\"number\":\"1\"}],"
				+ "\"day\":\"2026-12-31\",\"unknown\":1}", Body.class);
		assertEquals(new Body("t", 30, Long.MAX_VALUE, true, Set.of("a"), Map.of("q", "4"),
				List.of(new Licence("NY", "1")), LocalDate.of(2026, 12, 31)), body);
		assertEquals(30, jsonb.fromJson("{\"minutes\":3e1}", Body.class).minutes(), "an exact whole number");
		assertNull(jsonb.fromJson("{\"minutes\":null,\"text\":null,\"submit\":null}", Body.class).minutes());
	}

	@Test
	void numbersThatDoNotFitAreRefusedNotWrappedOrTruncated() {
		assertRefused("{\"minutes\":4294967326}", "minutes", "whole number");
		assertRefused("{\"minutes\":30.9}", "minutes", "whole number");
		assertRefused("{\"amount\":1e30}", "amount", "whole number");
		assertRefused("{\"amount\":9223372036854775808}", "amount", "whole number");
	}

	@Test
	void wrongTypesAreRefused() {
		assertRefused("{\"minutes\":\"30\"}", "minutes", "whole number");
		assertRefused("{\"submit\":\"yes\"}", "submit", "true or false");
		assertRefused("{\"submit\":1}", "submit", "true or false");
		assertRefused("{\"text\":5}", "text", "string");
		assertRefused("{\"selected\":[1]}", "selected", "string");
		assertRefused("{\"licences\":[{\"state\":7}]}", "licences.state", "string");
	}

	@Test
	void invalidDatesAndMalformedBodiesAreNamed() {
		assertRefused("{\"day\":\"2026-02-30\"}", "day", "valid date");
		assertRefused("{\"minutes\":", "body", "well-formed JSON");
		assertRefused("[1,2]", "body", "JSON object");
	}

	private void assertRefused(String json, String field, String rule) {
		JsonbException refused = assertThrows(JsonbException.class, () -> jsonb.fromJson(json, Body.class), json);
		Map<String, String> errors = BodyProblems.unreadable(refused);
		assertEquals(Set.of(field), errors.keySet(), json + " " + errors);
		assertTrue(errors.get(field).contains(rule), json + " " + errors);
	}
}
