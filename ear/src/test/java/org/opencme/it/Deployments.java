package org.opencme.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment helper of the integration tests: the EAR the build
 * produced, exactly as it ships. For in-container tests the classes of this
 * package are added to its WAR, beside the application.
 */
public final class Deployments {

	static final String WAR = "opencme-web.war";

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
		return ear;
	}

	/**
	 * A name no earlier test run used, so tests never depend on each other's data.
	 */
	public static String unique(String prefix) {
		return prefix + "-" + System.nanoTime() + "-" + (int) (Math.random() * 1000);
	}
}
