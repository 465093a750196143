package org.opencme.bench.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opencme.certification.control.CertificateContent;
import org.opencme.certification.control.CertificateRenderer;
import org.opencme.content.pkg.ActivityManifest;
import org.opencme.content.pkg.ActivitySpec;
import org.opencme.content.pkg.CompletionCriteriaSpec;
import org.opencme.content.pkg.ContentModuleSpec;
import org.opencme.content.pkg.ContentPackage;
import org.opencme.content.pkg.CreditDesignationSpec;
import org.opencme.content.pkg.DemoPackages;
import org.opencme.content.pkg.DisclosureSpec;
import org.opencme.content.pkg.FacultySpec;
import org.opencme.content.pkg.ModuleSpec;
import org.opencme.content.pkg.PackageWriter;

/**
 * The bulk certificate issue of issue 12 for a large roster, side by side with
 * the bare renderer, in one run. Against a running server on PostgreSQL with
 * the demo data ({@code mvn -DskipTests -Ppostgres package wildfly:run}):
 * <ol>
 * <li>publishes an activity (the opioid demo package, reading modules only, 1.5
 * IPCE credits) as the demo designer and administrator;</li>
 * <li>registers one nurse practitioner through the API, enrols and completes
 * the activity through the API (so completion and the credit context's record
 * of it are written by the application), then copies that learner, enrolment,
 * module progress and completion record {@code n - 1} times in SQL (ids from
 * the application's own sequences, one value per row, so they never meet the
 * blocks EclipseLink preallocates);</li>
 * <li>starts {@code POST /api/certificate-issues} and polls it to the end,
 * sampling the server's heap ({@code jstat -gc}) every second;</li>
 * <li>reads each item's time from {@code certificate_bulk_item.millis} (claim,
 * awards, number, certificate, in the chunk's transaction);</li>
 * <li>renders the same template {@code n} times with the bare
 * {@link CertificateRenderer} on as many threads as the job's render step (2),
 * no database, no job.</li>
 * </ol>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.opencme.bench.load.BulkIssueRun \
 *     http://127.0.0.1:8080 jdbc:postgresql://127.0.0.1:5432/opencme 10000 20 SERVER_PID
 * java -Xmx1g -cp bench/target/benchmarks.jar org.opencme.bench.load.BulkIssueRun bare 10000
 * </pre>
 */
public final class BulkIssueRun {

	private static final String ADMIN = LoadRun.basic("admin@demo.opencme.org", "Admin-demo-2026");
	private static final String DESIGNER = LoadRun.basic("designer@demo.opencme.org", "Designer-demo-2026");
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private BulkIssueRun() {
	}

	public static void main(String[] args) throws Exception {
		if (args[0].equals("bare")) {
			// the bare renderer alone: bare N [template]
			bare(Integer.parseInt(args[1]), args.length > 2 ? args[2] : "default");
			return;
		}
		String base = args[0];
		String jdbc = args[1];
		int n = Integer.parseInt(args[2]);
		int chunk = Integer.parseInt(args[3]);
		String pid = args.length > 4 ? args[4] : null;
		String tag = Long.toString(System.currentTimeMillis(), 36);

		long activity = publish(base, "Bulk benchmark " + tag);
		String email = "bench-np-" + tag + "@example.org";
		String password = "a long benchmark passphrase";
		expect(201, send(base, "POST", "/api/accounts", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
				+ "\",\"givenName\":\"Nia\",\"familyName\":\"Pract\",\"profession\":\"NP\"}"));
		String learner = LoadRun.basic(email, password);
		long enrollment = id(
				expect(201, send(base, "POST", "/api/enrollments", learner, "{\"activityId\":" + activity + "}")));
		String state = expect(200, send(base, "GET", "/api/enrollments/" + enrollment, learner, null));
		Matcher modules = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"kind\"").matcher(state);
		List<String> keys = new ArrayList<>();
		while (modules.find()) {
			keys.add(modules.group(1));
		}
		for (String key : keys) {
			expect(200, send(base, "POST", "/api/enrollments/" + enrollment + "/modules/" + key + "/progress", learner,
					"{\"completed\":true}"));
		}
		String after = expect(200, send(base, "GET", "/api/enrollments/" + enrollment, learner, null));
		if (!after.contains("\"COMPLETED\"")) {
			throw new IllegalStateException("The template enrolment did not complete (modules " + keys + "): " + after);
		}

		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
			long copyStart = System.nanoTime();
			copy(db, enrollment, n - 1, tag);
			System.out.printf("seeded %d completed enrolments in %.1f s%n", n - 1,
					(System.nanoTime() - copyStart) / 1e9);
		}

		HeapSampler heap = pid == null ? null : new HeapSampler(pid);
		if (heap != null) {
			heap.start();
		}
		long t0 = System.nanoTime();
		String started = expect(202, send(base, "POST", "/api/certificate-issues", ADMIN,
				"{\"activityId\":" + activity + ",\"chunk\":" + chunk + "}"));
		long bulk = id(started);
		long issuedAt = 0;
		String status = "";
		String progress = started;
		while (!status.equals("DONE") && !status.equals("FAILED") && !status.equals("STOPPED")) {
			Thread.sleep(250);
			progress = expect(200, send(base, "GET", "/api/certificate-issues/" + bulk, ADMIN, null));
			status = field(progress, "status");
			if (issuedAt == 0 && (status.equals("PREPARING_PDFS") || status.equals("DONE"))) {
				issuedAt = System.nanoTime();
			}
		}
		long t1 = System.nanoTime();
		if (heap != null) {
			heap.interrupt();
			heap.join();
		}
		System.out.println("bulk issue " + bulk + ": " + progress);
		double total = (t1 - t0) / 1e9;
		double issueStep = (issuedAt - t0) / 1e9;
		System.out.printf("bulk issue of %d: %.1f s in all (%.1f certificates/s); issue step %.1f s, PDFs %.1f s%n", n,
				total, n / total, issueStep, total - issueStep);
		String template;
		try (Connection db = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
			List<Long> millis = new ArrayList<>();
			try (PreparedStatement q = db
					.prepareStatement("SELECT millis FROM certificate_bulk_item WHERE bulk_id = ? ORDER BY millis")) {
				q.setLong(1, bulk);
				try (ResultSet r = q.executeQuery()) {
					while (r.next()) {
						millis.add(r.getLong(1));
					}
				}
			}
			System.out.printf("per certificate in the issue step (ms): p50 %d, p95 %d, p99 %d, max %d (%d items)%n",
					at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), millis.get(millis.size() - 1), millis.size());
			try (PreparedStatement q = db.prepareStatement(
					"SELECT template FROM certificate WHERE activity_id = ? FETCH FIRST 1 ROWS ONLY")) {
				q.setLong(1, activity);
				try (ResultSet r = q.executeQuery()) {
					r.next();
					template = r.getString(1);
				}
			}
		}
		if (heap != null) {
			System.out.printf("server heap used: peak %.0f MB (sampled every second by jstat -gc)%n",
					heap.peakKb.get() / 1024.0);
		}
		bare(n, template);
	}

	/** The same template rendered {@code n} times, 2 threads, no database. */
	private static void bare(int n, String template) throws Exception {
		CertificateRenderer renderer = new CertificateRenderer();
		CertificateContent content = new CertificateContent("Nia Pract", "Bulk benchmark", "Enduring material (online)",
				"Released " + LocalDate.now().minusMonths(2), LocalDate.now(), "OpenCME Demo Provider",
				List.of(new CertificateContent.CreditLine("IPCE credit", new BigDecimal("1.5"), "credits",
						"This activity was planned by and for the healthcare team, and learners will receive 1.5"
								+ " Interprofessional Continuing Education (IPCE) credits for learning and change.")),
				"OpenCME Demo Provider is jointly accredited by the Accreditation Council for Continuing Medical"
						+ " Education (ACCME), the Accreditation Council for Pharmacy Education (ACPE), and the"
						+ " American Nurses Credentialing Center (ANCC), to provide continuing education for the"
						+ " healthcare team.",
				"In support of improving patient care, OpenCME Demo Provider is jointly accredited.",
				"OCME-2026-000001", "http://127.0.0.1:8080/verify/abcdefghijklmnopqrstuvwxyz234567");
		for (int i = 0; i < 200; i++) {
			renderer.render(content, template);
		}
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		long t0 = System.nanoTime();
		List<Future<?>> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(pool.submit(() -> {
				long s = System.nanoTime();
				ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
				renderer.render(content, template, out);
				times.add((System.nanoTime() - s) / 1_000_000);
			}));
		}
		for (Future<?> f : all) {
			f.get();
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(times);
		sorted.sort(null);
		System.out.printf(
				"bare renderer, template %s, 2 threads: %d in %.1f s (%.1f/s); per PDF p50 %d ms, p95 %d ms, p99 %d ms%n",
				template, n, seconds, n / seconds, at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
	}

	/**
	 * Copies the completed template enrolment {@code copies} times: a new account
	 * (same profession, password hash, roles), its enrolment, module progress and
	 * the credit context's completion record, in one transaction.
	 */
	private static void copy(Connection db, long enrollment, int copies, String tag) throws SQLException {
		db.setAutoCommit(false);
		long account;
		try (PreparedStatement q = db.prepareStatement("SELECT learner_id FROM enrollment WHERE id = ?")) {
			q.setLong(1, enrollment);
			try (ResultSet r = q.executeQuery()) {
				r.next();
				account = r.getLong(1);
			}
		}
		try (Statement s = db.createStatement()) {
			s.execute("CREATE TEMP TABLE bench_copy ON COMMIT DROP AS SELECT g AS n,"
					+ " nextval('user_account_seq') AS account_id, nextval('enrollment_seq') AS enrollment_id"
					+ " FROM generate_series(1, " + copies + ") g");
			s.execute(insert(db, "user_account", "id", "m.account_id", "email",
					"'bench-' || m.n || '-" + tag + "@example.org'")
					+ " FROM bench_copy m, user_account t WHERE t.id = " + account);
			s.execute(insert(db, "user_role", "user_id", "m.account_id")
					+ " FROM bench_copy m, user_role t WHERE t.user_id = " + account);
			s.execute(insert(db, "enrollment", "id", "m.enrollment_id", "learner_id", "m.account_id")
					+ " FROM bench_copy m, enrollment t WHERE t.id = " + enrollment);
			s.execute(insert(db, "module_progress", "enrollment_id", "m.enrollment_id")
					+ " FROM bench_copy m, module_progress t WHERE t.enrollment_id = " + enrollment);
			s.execute(insert(db, "credit_completion", "enrollment_id", "m.enrollment_id", "learner_id", "m.account_id")
					+ " FROM bench_copy m, credit_completion t WHERE t.enrollment_id = " + enrollment);
		}
		db.commit();
	}

	/**
	 * {@code INSERT INTO table (every column) SELECT t.column or its replacement}:
	 * {@code replacements} are pairs of column name and SQL expression.
	 */
	private static String insert(Connection db, String table, String... replacements) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (ResultSet r = db.getMetaData().getColumns(null, "public", table, null)) {
			while (r.next()) {
				columns.add(r.getString("COLUMN_NAME"));
			}
		}
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			String value = "t." + column;
			for (int i = 0; i < replacements.length; i += 2) {
				if (replacements[i].equals(column)) {
					value = replacements[i + 1];
				}
			}
			values.add(value);
		}
		return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values);
	}

	/**
	 * The opioid demo package with its reading modules only, all required, and 1.5
	 * IPCE credits designated (disclosures dated last month): imported as the demo
	 * designer, submitted, published by the demo administrator.
	 */
	private static long publish(String base, String title) throws Exception {
		ContentPackage demo = DemoPackages.read("opioid-safety-naloxone");
		ActivityManifest m = demo.manifest();
		List<ModuleSpec> reading = m.modules().stream().filter(x -> x instanceof ContentModuleSpec).toList();
		ActivitySpec a = m.activity();
		LocalDate recent = LocalDate.now().minusMonths(1);
		List<FacultySpec> faculty = a.faculty().stream()
				.map(f -> new FacultySpec(f.name(), f.role(), new DisclosureSpec(f.disclosure().text(), recent)))
				.toList();
		ActivitySpec spec = new ActivitySpec(title, a.summary(), a.objectives(), a.targetAudience(), a.topics(),
				a.format(), a.estimatedMinutes(), faculty, a.accreditationStatement(),
				List.of(new CreditDesignationSpec("IPCE", new BigDecimal("1.50"), null)), a.releaseDate(),
				a.expiryDate(), 0, a.currency(), a.capacity());
		ContentPackage pkg = new ContentPackage(new ActivityManifest(spec,
				new CompletionCriteriaSpec(reading.stream().map(ModuleSpec::key).toList(), null, false, null, false),
				m.certificateTemplate(), reading), demo.files());
		byte[] zip = new PackageWriter().write(pkg);
		HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/activities/import"))
				.POST(HttpRequest.BodyPublishers.ofByteArray(zip)).header("Authorization", DESIGNER)
				.header("Content-Type", "application/zip").header("Accept", "application/json").build();
		long id = id(expect(201, CLIENT.send(request, HttpResponse.BodyHandlers.ofString())));
		expect(200, send(base, "POST", "/api/activities/" + id + "/submit", DESIGNER, null));
		expect(200, send(base, "POST", "/api/activities/" + id + "/publish", ADMIN, null));
		return id;
	}

	private static HttpResponse<String> send(String base, String method, String path, String authorization, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
				.method(method,
						json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String expect(int status, HttpResponse<String> response) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(response.request().method() + " " + response.request().uri() + ": "
					+ response.statusCode() + " " + response.body());
		}
		return response.body();
	}

	private static long id(String json) {
		return Long.parseLong(field(json, "id"));
	}

	/** A top-level string or number field of a small JSON object. */
	private static String field(String json, String name) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + name + " in " + json);
		}
		return m.group(1);
	}

	private static long at(List<Long> sorted, double q) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
	}

	/** The server's used heap (S0U + S1U + EU + OU of {@code jstat -gc}), peak. */
	private static final class HeapSampler extends Thread {
		private final String pid;
		final AtomicLong peakKb = new AtomicLong();

		HeapSampler(String pid) {
			this.pid = pid;
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!isInterrupted()) {
				try {
					Process p = new ProcessBuilder("jstat", "-gc", pid).redirectErrorStream(true).start();
					List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
							.toList();
					p.waitFor();
					if (lines.size() >= 2) {
						List<String> head = List.of(lines.get(0).trim().split("\\s+"));
						String[] values = lines.get(1).trim().split("\\s+");
						double used = 0;
						for (String column : List.of("S0U", "S1U", "EU", "OU")) {
							used += Double.parseDouble(values[head.indexOf(column)]);
						}
						peakKb.accumulateAndGet((long) used, Math::max);
					}
					Thread.sleep(1000);
				} catch (InterruptedException e) {
					return;
				} catch (IOException | RuntimeException e) {
					// a missed sample
				}
			}
		}
	}
}
