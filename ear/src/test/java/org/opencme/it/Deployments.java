package org.opencme.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.opencme.it.clock.MovableClock;

/**
 * The one deployment helper of the integration tests: the EAR the build
 * produced, exactly as it ships. For in-container tests the classes of this
 * package are added to its WAR, beside the application, and the
 * {@link MovableClock} in a jar of its own to the EAR's {@code lib/}, where it
 * replaces the application's clock in the EJB module and the WAR alike (see
 * docs/testing.md).
 */
public final class Deployments {

	static final String WAR = "opencme-web.war";
	private static final String BEANS = """
			<beans xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0" bean-discovery-mode="annotated"/>
			""";

	private Deployments() {
	}

	public static EnterpriseArchive shippedEar() {
		File ear = new File(System.getProperty("opencme.ear", "target/opencme.ear"));
		return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
	}

	public static EnterpriseArchive earWithTests() {
		EnterpriseArchive ear = shippedEar();
		WebArchive war = ear.getAsType(WebArchive.class, WAR);
		war.addPackage(Deployments.class.getPackage());
		ear.delete(WAR);
		ear.addAsModule(war);
		ear.addAsLibrary(movableClock());
		return ear;
	}

	/**
	 * The test clock as a library of the EAR: a WAR's classes are invisible to the
	 * EJB module, whose services are the ones that read the clock.
	 */
	private static JavaArchive movableClock() {
		return ShrinkWrap.create(JavaArchive.class, "opencme-it-clock.jar").addPackage(MovableClock.class.getPackage())
				.addAsManifestResource(new StringAsset(BEANS), "beans.xml");
	}

	/**
	 * A name no earlier test run used, so tests never depend on each other's data.
	 */
	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() + "-" + (int) (Math.random() * 1000);
	}
}
