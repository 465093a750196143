package org.opencme.it.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageWriter;
import org.opencme.it.client.Packages;
import org.wildfly.core.launcher.Launcher;
import org.wildfly.core.launcher.StandaloneCommandBuilder;

/**
 * Every write the API acknowledged survives a crash of the server's JVM: a
 * server of its own (a copy of the prepared server's {@code standalone} folder
 * under {@code target/crash-server}, the shipped EAR, its own data directory
 * and, on H2, its own database file; its own port offset; no demo data, its
 * first administrator from the environment) takes a registration, an allowance
 * grant, two enrolments (one spending the allowance), an evaluation and nine
 * quiz answers; the JVM is then killed with {@code kill -9} right after the
 * last answer's 204, started again on the same data, and every one of those
 * records must be there. Not an Arquillian test: Arquillian's server cannot be
 * killed and restarted on the same data.
 */
class CrashDurabilityIT {

	private static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/server"));
	private static final Path EAR = Path.of(System.getProperty("opencme.ear", "target/opencme.ear"));
	private static final Path WORK = Path.of(System.getProperty("crash.dir", "target/crash-server"));
	private static final int OFFSET = Integer.getInteger("crash.port.offset", 50);
	private static final String BASE = "http://127.0.0.1:" + (8080 + OFFSET);
	private static final List<String> JVM_ARGS = Arrays
			.stream(System.getProperty("crash.jvm.args", "").trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
	private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

	/**
	 * The installation's first administrator, which the server makes from
	 * {@code OPENCME_ADMIN_EMAIL} and {@code OPENCME_ADMIN_PASSWORD} as on any new
	 * installation ({@code crash.jvm.args} turn the demo data off).
	 */
	private static final String ADMIN_EMAIL = "first-admin@crash.example.org";
	private static final String ADMIN_PASSWORD = "a first administrator passphrase";
	private static final String ADMIN = basic(ADMIN_EMAIL, ADMIN_PASSWORD);
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Process server;

	/** Whether this run has wiped the data directory (the first test does). */
	private static boolean dataWiped;

	@AfterEach
	void stopServer() {
		kill();
	}

	@Test
	void acknowledgedWritesSurviveKillMinus9() throws Exception {
		Path base = freshBaseDir();
		start(base, "first");

		String designer = newDesigner();
		long paid = publish(designer, "type-2-diabetes-2026-update", "Crash T2DM " + System.nanoTime());
		long free = publish(designer, "hypertension-2026-update", "Crash HTN " + System.nanoTime());
		long fee = json(send("GET", "/api/activities/" + paid, null, null)).getJsonNumber("feeMinor").longValue();
		assertTrue(fee > 0, "the T2DM demo activity has a fee");

		// The acknowledged writes, as fast as a client sends them; the JVM dies right
		// after the last answer.
		String email = "crash-" + System.nanoTime() + "@example.org";
		String password = "a long crash passphrase";
		expect(201,
				send("POST", "/api/accounts", null,
						"{\"email\":\"" + email + "\",\"password\":\"" + password
								+ "\",\"givenName\":\"Casey\",\"familyName\":\"Crash\",\"profession\":\"MD\"}"),
				"registration");
		String learner = basic(email, password);
		long learnerId = json(expect(200, send("GET", "/api/me", learner, null), "me")).getJsonNumber("id").longValue();
		int year = LocalDate.now().getYear();
		expect(201,
				send("POST", "/api/users/" + learnerId + "/allowances", ADMIN, "{\"periodStart\":\"" + year
						+ "-01-01\",\"periodEnd\":\"" + year + "-12-31\",\"amountMinor\":" + (fee + 1000) + "}"),
				"allowance grant");
		long paidEnrollment = id(expect(201, send("POST", "/api/enrollments", learner, "{\"activityId\":" + paid + "}"),
				"paid enrolment"));
		long freeEnrollment = id(expect(201, send("POST", "/api/enrollments", learner, "{\"activityId\":" + free + "}"),
				"free enrolment"));

		String evaluation = "/api/enrollments/" + freeEnrollment + "/evaluation";
		JsonObject form = json(
				expect(200, send("POST", evaluation, learner, "{\"moduleId\":\"evaluation\"}"), "evaluation form"));
		Map<String, String> evaluationAnswers = new LinkedHashMap<>();
		for (JsonValue item : form.getJsonArray("items")) {
			if ("LIKERT".equals(item.asJsonObject().getString("type"))) {
				evaluationAnswers.put(item.asJsonObject().getString("id"), "4");
			}
		}
		assertTrue(!evaluationAnswers.isEmpty(), form.toString());
		String answers = evaluationAnswers.entrySet().stream()
				.map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"").collect(Collectors.joining(","));
		expect(200,
				send("POST", evaluation, learner,
						"{\"moduleId\":\"evaluation\",\"answers\":{" + answers + "},\"submit\":true}"),
				"evaluation submit");

		String start = "/api/enrollments/" + freeEnrollment + "/modules/post-test/attempts";
		JsonObject attempt = json(expect(201, send("POST", start, learner, null), "attempt"));
		long attemptId = attempt.getJsonNumber("id").longValue();
		Map<String, String> saved = new LinkedHashMap<>();
		for (JsonValue q : attempt.getJsonArray("questions")) {
			if (saved.size() == 9) {
				break;
			}
			JsonObject question = q.asJsonObject();
			JsonArray options = question.getJsonArray("options");
			String option = options.getJsonObject(saved.size() % options.size()).getString("id");
			String questionId = question.getString("id");
			expect(204, send("PUT", "/api/attempts/" + attemptId + "/responses/" + questionId, learner,
					"{\"selected\":[\"" + option + "\"]}"), "answer " + questionId);
			saved.put(questionId, option);
		}
		assertEquals(9, saved.size(), "the quiz has at least 9 questions");

		long pid = kill();
		System.out.println("CrashDurabilityIT: killed server JVM " + pid + " with SIGKILL");

		start(base, "restart");
		List<String> lost = new ArrayList<>();
		HttpResponse<String> me = send("GET", "/api/me", learner, null);
		if (me.statusCode() != 200) {
			lost.add("the registration (GET /api/me answered " + me.statusCode() + ")");
		} else {
			HttpResponse<String> allowance = send("GET", "/api/me/allowance", learner, null);
			if (allowance.statusCode() != 200) {
				lost.add("the allowance grant (GET /api/me/allowance answered " + allowance.statusCode() + ")");
			} else if (json(allowance).getJsonNumber("balanceMinor").longValue() != 1000) {
				lost.add("the allowance spend (balance " + json(allowance).getJsonNumber("balanceMinor")
						+ ", expected 1000 after the paid enrolment)");
			}
			List<Long> enrolled = array(send("GET", "/api/me/enrollments", learner, null)).stream()
					.map(e -> e.asJsonObject().getJsonNumber("id").longValue()).toList();
			for (long e : List.of(paidEnrollment, freeEnrollment)) {
				if (!enrolled.contains(e)) {
					lost.add("enrolment " + e);
				}
			}
			if (enrolled.contains(freeEnrollment)) {
				JsonObject after = json(send("POST", evaluation, learner, "{\"moduleId\":\"evaluation\"}"));
				if (!after.getBoolean("submitted")) {
					lost.add("the evaluation's submission");
				}
				Map<String, String> evaluationAfter = after.getJsonArray("items").stream().map(JsonValue::asJsonObject)
						.filter(i -> evaluationAnswers.containsKey(i.getString("id")))
						.collect(Collectors.toMap(i -> i.getString("id"), i -> i.getString("answer", "")));
				if (!evaluationAfter.equals(evaluationAnswers)) {
					lost.add("evaluation answers (found " + evaluationAfter + ")");
				}
				HttpResponse<String> resumed = send("POST", start, learner, null);
				if (resumed.statusCode() / 100 != 2 || json(resumed).getJsonNumber("id").longValue() != attemptId) {
					lost.add("quiz attempt " + attemptId + " (" + resumed.statusCode() + " " + resumed.body() + ")");
				} else {
					Map<String, String> found = new LinkedHashMap<>();
					for (JsonValue q : json(resumed).getJsonArray("questions")) {
						JsonArray selected = q.asJsonObject().getJsonArray("selected");
						if (selected != null && !selected.isEmpty()) {
							found.put(q.asJsonObject().getString("id"), selected.getString(0));
						}
					}
					long kept = saved.entrySet().stream().filter(s -> s.getValue().equals(found.get(s.getKey())))
							.count();
					if (kept != saved.size()) {
						lost.add((saved.size() - kept) + " of " + saved.size() + " acknowledged quiz answers");
					}
				}
			}
		}
		if (!lost.isEmpty()) {
			fail("Acknowledged writes lost in a kill -9 of the server: " + String.join("; ", lost));
		}
	}

	/**
	 * A bulk certificate issue killed with {@code kill -9} half-way goes on by
	 * itself when the server starts again (from its last checkpoint) and ends with
	 * exactly one certificate per learner, numbers without a gap: nothing issued
	 * twice, nothing skipped.
	 */
	@Test
	void aBulkIssueKilledHalfWayGoesOnAfterTheRestart() throws Exception {
		Path base = freshBaseDir();
		start(base, "bulk-first");
		long activity = publish(newDesigner(), claimable("Crash bulk " + System.nanoTime()));
		List<String> nurses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String email = "crash-np-" + i + "-" + System.nanoTime() + "@example.org";
			String password = "a long crash nurse passphrase";
			expect(201,
					send("POST", "/api/accounts", null,
							"{\"email\":\"" + email + "\",\"password\":\"" + password
									+ "\",\"givenName\":\"Nia\",\"familyName\":\"Pract\",\"profession\":\"NP\"}"),
					"nurse registration");
			String nurse = basic(email, password);
			long enrollment = id(expect(201,
					send("POST", "/api/enrollments", nurse, "{\"activityId\":" + activity + "}"), "enrolment"));
			JsonObject state = json(send("GET", "/api/enrollments/" + enrollment, nurse, null));
			for (JsonValue m : state.getJsonArray("modules")) {
				expect(200, send("POST",
						"/api/enrollments/" + enrollment + "/modules/" + m.asJsonObject().getString("id") + "/progress",
						nurse, "{\"completed\":true}"), "progress");
			}
			nurses.add(nurse);
		}
		HttpResponse<String> started = expect(202,
				send("POST", "/api/certificate-issues", ADMIN, "{\"activityId\":" + activity + ",\"chunk\":2}"),
				"bulk issue start");
		long bulk = id(started);
		assertEquals(30, json(started).getInt("total"), started.body());
		JsonObject before = waitForBulk(bulk, p -> p.getInt("done") >= 6, "got going");
		long pid = kill();
		System.out.println("CrashDurabilityIT: killed server JVM " + pid + " with SIGKILL during bulk issue " + bulk
				+ " at " + before);

		start(base, "bulk-restart");
		JsonObject done = waitForBulk(bulk, p -> "DONE".equals(p.getString("status")), "finished after the restart");
		assertEquals(30, done.getInt("issued"), done.toString());
		assertEquals(30, done.getInt("done"), done.toString());
		assertTrue(done.getInt("resumed") >= 1, "resumed after the restart: " + done);
		List<Long> serials = new ArrayList<>();
		for (String nurse : nurses) {
			JsonArray mine = array(send("GET", "/api/me/certificates", nurse, null));
			assertEquals(1, mine.size(), "exactly one certificate per learner: " + mine);
			String number = mine.getJsonObject(0).getString("number");
			serials.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
			HttpRequest pdf = HttpRequest.newBuilder(URI.create(BASE + "/api/certificates/" + number + ".pdf"))
					.header("Authorization", nurse).build();
			HttpResponse<byte[]> file = CLIENT.send(pdf, HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(200, file.statusCode(), number);
			assertEquals("%PDF-", new String(file.body(), 0, 5, StandardCharsets.ISO_8859_1), number);
		}
		serials.sort(null);
		assertEquals(serials.size(), serials.get(serials.size() - 1) - serials.get(0) + 1,
				"numbers without a gap: " + serials);
	}

	private static JsonObject waitForBulk(long id, java.util.function.Predicate<JsonObject> until, String what)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
		JsonObject now = null;
		while (System.nanoTime() < deadline) {
			HttpResponse<String> r = send("GET", "/api/certificate-issues/" + id, ADMIN, null);
			if (r.statusCode() == 200) {
				now = json(r);
				if (until.test(now)) {
					return now;
				}
			}
			Thread.sleep(20);
		}
		throw new AssertionError("bulk issue " + id + " never " + what + ": " + now);
	}

	/**
	 * The opioid demo package with only its reading modules, all required, and 1.5
	 * IPCE credits designated: a nurse practitioner's bulk issue needs nothing from
	 * the learner.
	 */
	private static ContentPackage claimable(String title) {
		return Packages.withManifest(Packages.demo("opioid-safety-naloxone", title), m -> {
			List<ModuleSpec> modules = m.modules().stream().filter(x -> x instanceof ContentModuleSpec).toList();
			ActivitySpec a = m.activity();
			ActivitySpec spec = new ActivitySpec(a.title(), a.summary(), a.objectives(), a.targetAudience(), a.topics(),
					a.format(), a.estimatedMinutes(), a.faculty(), a.accreditationStatement(),
					List.of(new CreditDesignationSpec("IPCE", new BigDecimal("1.50"), null)), a.releaseDate(),
					a.expiryDate(), 0, a.currency(), a.capacity());
			return new ActivityManifest(spec, new CompletionCriteriaSpec(modules.stream().map(ModuleSpec::key).toList(),
					null, false, null, false), m.certificateTemplate(), modules);
		});
	}

	/**
	 * A new server base directory: the prepared server's configuration, the EAR in
	 * its deployments folder, nothing else; and, for the run's first test, a new
	 * data directory (the {@code -Dopencme.data.dir} of {@code crash.jvm.args},
	 * under target/).
	 */
	private static Path freshBaseDir() throws IOException {
		Path base = WORK.resolve("standalone");
		deleteTree(base);
		if (!dataWiped) {
			// Once per run: on PostgreSQL the database (opencme_crash_test) outlives a
			// test,
			// and its activities need their files, so later tests go on with the data of
			// the earlier ones (as a server does after a crash), on H2 as on PostgreSQL.
			for (String arg : JVM_ARGS) {
				if (arg.startsWith("-Dopencme.data.dir=")) {
					deleteTree(Path.of(arg.substring("-Dopencme.data.dir=".length())));
				}
			}
			dataWiped = true;
		}
		Path configuration = JBOSS_HOME.resolve("standalone/configuration");
		try (Stream<Path> files = Files.walk(configuration)) {
			for (Path from : files.toList()) {
				Path to = base.resolve("configuration").resolve(configuration.relativize(from).toString());
				if (Files.isDirectory(from)) {
					Files.createDirectories(to);
				} else if (!from.toString().contains("standalone_xml_history")) {
					Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
		Files.createDirectories(base.resolve("deployments"));
		Files.copy(EAR, base.resolve("deployments/opencme.ear"));
		return base;
	}

	private void start(Path base, String name) throws Exception {
		StandaloneCommandBuilder command = StandaloneCommandBuilder.of(JBOSS_HOME).setBaseDirectory(base)
				.setServerReadOnlyConfiguration("standalone.xml").addJavaOptions(JVM_ARGS)
				.addJavaOption("-Djboss.socket.binding.port-offset=" + OFFSET);
		Path log = WORK.resolve(name + ".log");
		server = Launcher.of(command).addEnvironmentVariable("OPENCME_ADMIN_EMAIL", ADMIN_EMAIL)
				.addEnvironmentVariable("OPENCME_ADMIN_PASSWORD", ADMIN_PASSWORD).setRedirectErrorStream(true)
				.redirectOutput(log).launch();
		System.out.println("CrashDurabilityIT: " + name + " server pid " + server.pid() + " "
				+ server.info().command().orElse("?") + ", log " + log);
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!server.isAlive()) {
				fail("The " + name + " server exited with " + server.exitValue() + "; see " + log);
			}
			try {
				HttpResponse<String> health = send("GET", "/api/health", null, null);
				if (health.statusCode() == 200 && health.body().contains("UP")) {
					return;
				}
			} catch (UncheckedIOException notYet) {
				// not listening yet
			}
			Thread.sleep(500);
		}
		fail("The " + name + " server did not say UP within " + START_TIMEOUT + "; see " + log);
	}

	/**
	 * Kills the server's JVM with SIGKILL: the launcher starts java itself, so the
	 * process is the JVM, not a script. Answers its pid.
	 */
	private long kill() {
		if (server == null) {
			return -1;
		}
		long pid = server.pid();
		try {
			if (server.isAlive()) {
				new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
				if (!server.waitFor(30, TimeUnit.SECONDS)) {
					server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
				}
			}
		} catch (IOException e) {
			server.destroyForcibly();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			server.destroyForcibly();
		}
		server = null;
		return pid;
	}

	/**
	 * Registers an account and has the first administrator make it a designer; its
	 * Basic credentials.
	 */
	private static String newDesigner() {
		String email = "crash-designer-" + System.nanoTime() + "@example.org";
		String password = "a long crash designer passphrase";
		long id = id(expect(201,
				send("POST", "/api/accounts", null,
						"{\"email\":\"" + email + "\",\"password\":\"" + password
								+ "\",\"givenName\":\"Dee\",\"familyName\":\"Signer\",\"profession\":\"MD\"}"),
				"designer registration"));
		expect(200, send("PUT", "/api/users/" + id + "/roles/DESIGNER", ADMIN, null), "designer role");
		return basic(email, password);
	}

	/**
	 * Imports a renamed demo package (disclosures dated last month) as
	 * {@code designer}, submits it and has the first administrator publish it.
	 */
	private static long publish(String designer, String slug, String title) {
		return publish(designer, Packages.demo(slug, title));
	}

	/** {@link #publish(String, String, String)} of a package. */
	private static long publish(String designer, ContentPackage pkg) {
		String slug = pkg.manifest().activity().title();
		byte[] zip = new PackageWriter().write(pkg);
		HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/api/activities/import"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip)).header("Authorization", designer)
				.header("Content-Type", "application/zip").header("Accept", "application/json").build();
		long id = id(expect(201, send(request), "import " + slug));
		expect(200, send("POST", "/api/activities/" + id + "/submit", designer, null), "submit " + slug);
		expect(200, send("POST", "/api/activities/" + id + "/publish", ADMIN, null), "publish " + slug);
		return id;
	}

	private static HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
		assertEquals(status, response.statusCode(), what + ": " + response.body());
		return response;
	}

	private static HttpResponse<String> send(String method, String path, String authorization, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
				.method(method,
						json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	private static JsonObject json(HttpResponse<String> response) {
		return Json.createReader(new StringReader(response.body())).readObject();
	}

	private static JsonArray array(HttpResponse<String> response) {
		return Json.createReader(new StringReader(response.body())).readArray();
	}

	private static long id(HttpResponse<String> response) {
		return json(response).getJsonNumber("id").longValue();
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
