package org.opencme.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The context map of docs/architecture.md, as a test: change the map there and
 * here together. Each bounded context is a package {@code org.opencme.<name>}
 * with {@code boundary} (what others may use), {@code control} and
 * {@code entity} (its own); {@code content} is the package model and the
 * library under every context, with no container APIs.
 */
class ContextMapTest {

	private static final JavaClasses CLASSES = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.opencme");

	/**
	 * Which contexts each context may use (through their boundaries), besides
	 * {@code content}. An arrow not listed fails the build.
	 */
	static final Map<String, List<String>> MAP = new LinkedHashMap<>();
	static {
		MAP.put("platform", List.of());
		MAP.put("audit", List.of("platform"));
		MAP.put("idempotency", List.of("platform"));
		MAP.put("identity", List.of("audit", "platform"));
		MAP.put("media", List.of("platform"));
		MAP.put("credit", List.of("identity", "audit", "platform"));
		MAP.put("authoring", List.of("credit", "media", "identity", "audit", "platform"));
		MAP.put("learning", List.of("authoring", "media", "identity", "audit", "platform"));
		MAP.put("attendance", List.of("learning", "authoring", "identity", "audit", "platform"));
		MAP.put("claim", List.of("learning", "credit", "identity", "audit", "platform"));
		MAP.put("certification", List.of("claim", "credit", "learning", "attendance", "authoring", "media", "identity",
				"audit", "platform"));
		MAP.put("catalog", List.of("attendance", "authoring", "credit", "identity", "audit", "platform"));
		MAP.put("warmup", List.of("learning", "authoring", "identity", "platform"));
		MAP.put("demo", List.of("claim", "attendance", "learning", "authoring", "credit", "media", "identity", "audit",
				"platform"));
	}

	private static String layer(String context) {
		return Character.toUpperCase(context.charAt(0)) + context.substring(1);
	}

	@Test
	void everyDependencyBetweenContextsIsAnArrowOfTheMap() {
		LayeredArchitecture map = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true);
		for (String context : MAP.keySet()) {
			map = map.layer(layer(context)).definedBy("org.opencme." + context + "..");
		}
		for (String context : MAP.keySet()) {
			String[] users = MAP.entrySet().stream().filter(e -> e.getValue().contains(context)).map(Map.Entry::getKey)
					.map(ContextMapTest::layer).toArray(String[]::new);
			map = users.length == 0
					? map.whereLayer(layer(context)).mayNotBeAccessedByAnyLayer()
					: map.whereLayer(layer(context)).mayOnlyBeAccessedByLayers(users);
		}
		map.check(CLASSES);
	}

	@Test
	void theContextsFormNoCycle() {
		slices().matching("org.opencme.(*)..").should().beFreeOfCycles().check(CLASSES);
	}

	/** A context reaches another only through its boundary. */
	@TestFactory
	Stream<DynamicTest> noContextUsesAnotherContextsEntitiesOrControls() {
		return MAP.keySet().stream().map(context -> DynamicTest.dynamicTest(context, () -> {
			String[] foreign = MAP.keySet().stream().filter(other -> !other.equals(context)).flatMap(
					other -> Stream.of("org.opencme." + other + ".entity..", "org.opencme." + other + ".control.."))
					.toArray(String[]::new);
			noClasses().that().resideInAPackage("org.opencme." + context + "..").should().dependOnClassesThat()
					.resideInAnyPackage(foreign).allowEmptyShould(true).check(CLASSES);
		}));
	}

	@Test
	void theDomainKnowsNothingOfPagesOrHttpResources() {
		noClasses().that().resideInAnyPackage(domainPackages()).should().dependOnClassesThat()
				.resideInAnyPackage("jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..", "org.opencme.*.web..",
						"org.opencme.*.rest..")
				.check(CLASSES);
	}

	@Test
	void contentUsesNoContainerApi() {
		noClasses().that().resideInAPackage("org.opencme.content..").should().dependOnClassesThat()
				.resideInAnyPackage("jakarta.ejb..", "jakarta.enterprise..", "jakarta.inject..",
						"jakarta.persistence..", "jakarta.transaction..", "jakarta.servlet..", "jakarta.faces..",
						"jakarta.ws.rs..", "jakarta.annotation..", "jakarta.security..", "jakarta.mail..")
				.orShould().dependOnClassesThat().resideInAnyPackage(contextPackages()).check(CLASSES);
	}

	private static String[] contextPackages() {
		return MAP.keySet().stream().map(c -> "org.opencme." + c + "..").toArray(String[]::new);
	}

	private static String[] domainPackages() {
		return Stream.concat(Arrays.stream(contextPackages()), Stream.of("org.opencme.content.."))
				.toArray(String[]::new);
	}
}
