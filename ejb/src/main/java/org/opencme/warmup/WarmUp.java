package org.opencme.warmup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opencme.platform.boundary.StartupWork;

/**
 * A freshly started server answers its first minute of traffic with cold JIT
 * code, and on two cores fell far behind (docs/performance.md). Once the
 * deployment is up, this sends read-only requests to the server's own public
 * API on loopback for a few seconds (catalog searches with facets, typos and
 * synonyms, suggestions, activity pages), so RESTEasy, JSON-B, Elytron,
 * EclipseLink and Lucene are compiled before {@code /api/health} says UP. Then,
 * for a few seconds more, the write path of a quiz save: in-process rounds of
 * saves in transactions that are always rolled back ({@link QuizSaveWarmUp}),
 * between API requests that are refused before they write (a PUT of an answer
 * without credentials, a registration with invalid fields), which compile the
 * routing of writes and the reading of JSON bodies. Nothing is committed. Off
 * with {@code -Dopencme.warmup=false} (the integration tests); a failure only
 * logs and ends the warm-up.
 */
@Singleton
@Startup
@DependsOn("CatalogService")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@Local(StartupWork.class)
public class WarmUp implements StartupWork {

	private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
	private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("opencme.warmup.seconds", 15));
	private static final Duration WRITE_LENGTH = Duration.ofSeconds(Long.getLong("opencme.warmup.write-seconds", 10));
	private static final int SAVES_PER_ROUND = 100;
	private static final List<String> QUERIES = List.of("hypertension", "HTN", "sepsis", "\"opioid use disorder\"",
			"diabtes", "T2DM", "naloxone", "implicit bias", "hypertenson", "GLP-1", "lactate", "blood pressure", "");

	@Resource
	ManagedExecutorService executor;

	@Inject
	QuizSaveWarmUp quizSaves;

	private volatile boolean done;

	@PostConstruct
	void start() {
		if (!Boolean.parseBoolean(System.getProperty("opencme.warmup", "true"))) {
			done = true;
			return;
		}
		executor.submit(this::run);
	}

	/** Whether the warm-up has finished (or is off, or gave up). */
	@Override
	public boolean finished() {
		return done;
	}

	private void run() {
		long started = System.nanoTime();
		int requests = 0;
		try {
			String base = "http://127.0.0.1:" + (Integer.getInteger("jboss.http.port", 8080)
					+ Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/api";
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
			awaitDeployment(client, base);
			long end = System.nanoTime() + LENGTH.toNanos();
			for (int i = 0; System.nanoTime() < end; i++) {
				String q = URLEncoder.encode(QUERIES.get(i % QUERIES.size()), StandardCharsets.UTF_8);
				String page = get(client, base + "/catalog?size=20&q=" + q + (i % 3 == 0 ? "&free=true" : ""));
				get(client, base + "/catalog/suggest?q=" + q.substring(0, Math.min(3, q.length())));
				Optional<Long> id = firstId(page);
				if (id.isPresent()) {
					get(client, base + "/activities/" + id.get());
				}
				requests += 3;
			}
			int saves = 0;
			end = System.nanoTime() + WRITE_LENGTH.toNanos();
			while (System.nanoTime() < end) {
				int saved = quizSaves.round(SAVES_PER_ROUND);
				saves += saved;
				for (int i = 0; i < 10; i++) {
					refusedWrites(client, base);
				}
				requests += 20;
				if (saved == 0 && saves == 0) {
					break; // no free live quiz: nothing to warm
				}
			}
			int sent = requests;
			int rolledBack = saves;
			LOG.info(() -> "Warm-up done: " + sent + " requests (read-only or refused) and " + rolledBack
					+ " quiz saves rolled back in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		} catch (IOException | RuntimeException | jakarta.transaction.NotSupportedException
				| jakarta.transaction.SystemException e) {
			LOG.log(Level.WARNING, "Warm-up ended early; the server answers anyway", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			done = true;
		}
	}

	/**
	 * Two API writes refused before anything is written: an answer saved without
	 * credentials (401 from the role check) and a registration with invalid fields
	 * (400 after its JSON body is read).
	 */
	private static void refusedWrites(HttpClient client, String base) throws IOException, InterruptedException {
		client.send(
				HttpRequest.newBuilder(URI.create(base + "/attempts/0/responses/warm-up"))
						.header("Content-Type", "application/json")
						.PUT(HttpRequest.BodyPublishers.ofString("{\"selected\":[\"a\"]}")).build(),
				HttpResponse.BodyHandlers.discarding());
		client.send(HttpRequest.newBuilder(URI.create(base + "/accounts")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"warm-up\",\"password\":\"x\","
						+ "\"givenName\":\"\",\"familyName\":\"\",\"profession\":\"MD\",\"licences\":[]}"))
				.build(), HttpResponse.BodyHandlers.discarding());
	}

	/** The id of the first activity of a catalog answer, if it lists any. */
	static Optional<Long> firstId(String catalogPage) {
		try (JsonReader reader = Json.createReader(new StringReader(catalogPage))) {
			JsonArray items = reader.readObject().getJsonArray("items");
			if (items == null || items.isEmpty()) {
				return Optional.empty();
			}
			JsonObject first = items.getJsonObject(0);
			return first.containsKey("id") ? Optional.of(first.getJsonNumber("id").longValue()) : Optional.empty();
		} catch (JsonException | ClassCastException e) {
			return Optional.empty();
		}
	}

	/** Requests are accepted only once the deployment has finished. */
	private static void awaitDeployment(HttpClient client, String base) throws InterruptedException {
		long end = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (System.nanoTime() < end) {
			try {
				if (client.send(HttpRequest.newBuilder(URI.create(base + "/catalog?size=1")).build(),
						HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			} catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the server did not answer within 120 s");
	}

	private static String get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
	}
}
