package org.opencme.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.PackageWriter;

/**
 * Test fixtures: the demo packages of the content module, renamed and published
 * through the API.
 */
public final class Packages {

	private static Desk desk;

	/**
	 * The author and the reviewer of fixtures whose authorship no test looks at:
	 * new accounts, made once per run on first use (hashing a password is
	 * deliberately slow, and most tests publish).
	 */
	private record Desk(Accounts.Account author, Accounts.Account reviewer) {
	}

	private Packages() {
	}

	/** A demo package under a unique title, with disclosures dated last month. */
	public static ContentPackage demo(String slug, String title) {
		ContentPackage pkg = DemoPackages.read(slug);
		ActivitySpec a = pkg.manifest().activity();
		LocalDate recent = LocalDate.now().minusMonths(1);
		List<FacultySpec> faculty = a.faculty().stream()
				.map(f -> new FacultySpec(f.name(), f.role(), new DisclosureSpec(f.disclosure().text(), recent)))
				.toList();
		ActivitySpec renamed = new ActivitySpec(title, a.summary(), a.objectives(), a.targetAudience(), a.topics(),
				a.format(), a.estimatedMinutes(), faculty, a.accreditationStatement(), a.creditDesignations(),
				a.releaseDate(), a.expiryDate(), a.feeMinor(), a.currency(), a.capacity());
		ActivityManifest m = pkg.manifest();
		return new ContentPackage(
				new ActivityManifest(renamed, m.completionCriteria(), m.certificateTemplate(), m.modules()),
				pkg.files());
	}

	/** The same package at another fee (0: free, so nobody needs an allowance). */
	static ContentPackage withFee(ContentPackage pkg, long feeMinor) {
		return withManifest(pkg, m -> {
			ActivitySpec a = m.activity();
			ActivitySpec priced = new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(),
					a.topics(), a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
					a.creditDesignations(), a.releaseDate(), a.expiryDate(), feeMinor, "USD", a.capacity());
			return new ActivityManifest(priced, m.completionCriteria(), m.certificateTemplate(), m.modules());
		});
	}

	/**
	 * Imports and submits a package as the fixtures' author and has their reviewer
	 * approve it; answers the activity id.
	 */
	static long publish(ContentPackage pkg) {
		return publish(pkg, desk().author());
	}

	/**
	 * As {@link #publish(ContentPackage)}, authored by {@code designer}, for tests
	 * that go on acting as the author.
	 */
	static long publish(ContentPackage pkg, Accounts.Account designer) {
		HttpResponse<byte[]> imported = Http.bytes("POST", "/api/activities/import", designer.basic(),
				new PackageWriter().write(pkg), "application/zip");
		assertEquals(201, imported.statusCode(), new String(imported.body(), StandardCharsets.UTF_8));
		long id = Http.json(imported.body()).getJsonNumber("id").longValue();
		assertEquals(200, Http.send("POST", "/api/activities/" + id + "/submit", designer.basic(), null).statusCode());
		assertEquals(200,
				Http.send("POST", "/api/activities/" + id + "/publish", desk().reviewer().basic(), null).statusCode());
		return id;
	}

	private static synchronized Desk desk() {
		if (desk == null) {
			desk = new Desk(Accounts.designer(), Accounts.admin());
		}
		return desk;
	}

	public static ContentPackage withManifest(ContentPackage pkg, UnaryOperator<ActivityManifest> change) {
		return new ContentPackage(change.apply(pkg.manifest()), pkg.files());
	}
}
