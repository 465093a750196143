package org.opencme.certification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceholderTemplateTest {

	private static final Set<String> NAMES = Set.of("name", "lines", "type", "amount", "note");

	@Test
	void valuesAreEscapedForTextAndAttributes() {
		PlaceholderTemplate t = PlaceholderTemplate.compile("<p title=\"{{name}}\">{{ name }}</p>", NAMES);
		assertEquals(
				"<p title=\"&lt;b&gt;O&#39;Neil &amp; &quot;Co&quot;&lt;/b&gt;\">"
						+ "&lt;b&gt;O&#39;Neil &amp; &quot;Co&quot;&lt;/b&gt;</p>",
				t.fill(Map.of("name", "<b>O'Neil & \"Co\"</b>")));
	}

	@Test
	void charactersXmlCannotCarryAreDropped() {
		assertEquals("ab", PlaceholderTemplate.compile("{{name}}", NAMES).fill(Map.of("name", "a\u0000\u001Bb")));
	}

	@Test
	void aSectionRepeatsForEachItemAndShowsOptionalValuesOnlyWhenPresent() {
		PlaceholderTemplate t = PlaceholderTemplate.compile(
				"{{#lines}}[{{type}}={{amount}} {{name}}]{{/lines}}{{^lines}}none{{/lines}}{{#note}}({{note}}){{/note}}",
				NAMES);
		Map<String, Object> values = new HashMap<>();
		values.put("name", "x");
		values.put("lines", List.of(Map.of("type", "AMA", "amount", "1.25"), Map.of("type", "IPCE", "amount", "1")));
		values.put("note", null);
		assertEquals("[AMA=1.25 x][IPCE=1 x]", t.fill(values));
		values.put("lines", List.of());
		values.put("note", "n<");
		assertEquals("none(n&lt;)", t.fill(values));
	}

	@Test
	void unknownNamesAndBrokenSectionsAreRefusedWhenCompiled() {
		assertThrows(CertificateRenderingException.class, () -> PlaceholderTemplate.compile("{{secret}}", NAMES));
		assertThrows(CertificateRenderingException.class, () -> PlaceholderTemplate.compile("{{#lines}}", NAMES));
		assertThrows(CertificateRenderingException.class,
				() -> PlaceholderTemplate.compile("{{#lines}}{{/note}}", NAMES));
	}

	@Test
	void anythingElseInBracesIsTextAndTripleBracesPrintNothingRaw() {
		assertEquals("{{ 1+1 }} {&lt;}",
				PlaceholderTemplate.compile("{{ 1+1 }} {{{name}}}", NAMES).fill(Map.of("name", "<")));
	}
}
