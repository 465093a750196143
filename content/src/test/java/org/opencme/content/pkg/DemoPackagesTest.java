package org.opencme.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoPackagesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static List<String> slugs() {
		return DemoPackages.SLUGS;
	}

	@Test
	void allFiveLoadAndValidateWithZeroProblems() {
		List<ContentPackage> packages = DemoPackages.all();
		assertEquals(5, packages.size());
		for (ContentPackage p : packages) {
			assertEquals(List.of(), new PackageValidator().validate(p), p.manifest().activity().title());
		}
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void demoPackageHasTheShapeTheCatalogNeeds(String slug) {
		ContentPackage p = DemoPackages.read(slug);
		ActivitySpec a = p.manifest().activity();
		int objectives = a.objectives().size();
		assertTrue(objectives >= 3 && objectives <= 4, slug + " objectives " + objectives);
		assertTrue(count(p, ModuleKind.CONTENT) >= 2, slug);
		assertEquals(1, count(p, ModuleKind.EVALUATION), slug);
		assertEquals(1, count(p, ModuleKind.ATTESTATION), slug);
		QuizModuleSpec postTest = p.manifest().modules().stream().filter(QuizModuleSpec.class::isInstance)
				.map(QuizModuleSpec.class::cast).filter(q -> q.role() == QuizRole.POST_TEST).findFirst().orElseThrow();
		assertTrue(postTest.questions().size() >= 10 && postTest.questions().size() <= 12, slug);
		assertTrue(postTest.questions().stream().allMatch(q -> q.rationale() != null && !q.rationale().isBlank()));
		a.faculty().forEach(f -> assertTrue(f.disclosure().disclosedOn().isBefore(TODAY), f.name()));
		assertTrue(a.creditDesignations().stream().anyMatch(c -> c.creditType().equals("AMA_PRA_1")
				&& c.amount().compareTo(BigDecimal.ONE) >= 0 && c.amount().compareTo(BigDecimal.valueOf(2)) <= 0));
		assertTrue(a.releaseDate().getYear() == 2026 && a.releaseDate().getMonthValue() <= 10, slug);
	}

	@ParameterizedTest
	@MethodSource("slugs")
	void everyContentModuleRendersToHtmlWithATableSomewhere(String slug) {
		ContentPackage p = DemoPackages.read(slug);
		String html = p.manifest().modules().stream().filter(ContentModuleSpec.class::isInstance)
				.map(m -> p.text(((ContentModuleSpec) m).file()).orElseThrow())
				.map(org.opencme.content.markup.MarkdownRenderer::toSafeHtml).reduce("", String::concat);
		assertTrue(html.contains("<table>"), slug);
		assertTrue(html.contains("<h1>"), slug);
	}

	@Test
	void unknownSlugIsRejected() {
		assertThrows(PackageRejectedException.class, () -> DemoPackages.read("no-such-package"));
	}

	private static long count(ContentPackage p, ModuleKind kind) {
		return p.manifest().modules().stream().filter(m -> m.kind() == kind).count();
	}
}
