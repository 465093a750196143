package org.opencme.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A freshly started server answers its first minute of traffic with cold JIT
 * code, and on two cores fell far behind (docs/performance.md). Once the
 * deployment is up, this sends read-only requests to the server's own public
 * API on loopback for a few seconds (catalog searches with facets, typos and
 * synonyms, suggestions, activity pages), so RESTEasy, JSON-B, Elytron,
 * EclipseLink and Lucene are compiled before {@code /api/health} says UP.
 * Nothing is written. Off with {@code -Dopencme.warmup=false} (the integration
 * tests); a failure only logs and ends the warm-up.
 */
@Singleton
@Startup
@DependsOn("CatalogService")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WarmUp {

	private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
	private static final Duration LENGTH = Duration.ofSeconds(Long.getLong("opencme.warmup.seconds", 15));
	private static final List<String> QUERIES = List.of("hypertension", "HTN", "sepsis", "\"opioid use disorder\"",
			"diabtes", "T2DM", "naloxone", "implicit bias", "hypertenson", "GLP-1", "lactate", "blood pressure", "");
	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	@Resource
	ManagedExecutorService executor;

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
	public boolean done() {
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
				Matcher id = ID.matcher(page);
				if (id.find()) {
					get(client, base + "/activities/" + id.group(1));
				}
				requests += 3;
			}
			int sent = requests;
			LOG.info(() -> "Warm-up done: " + sent + " read-only requests in "
					+ Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
		} catch (java.io.IOException | RuntimeException e) {
			LOG.log(Level.WARNING, "Warm-up ended early; the server answers anyway", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			done = true;
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
			} catch (java.io.IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new IllegalStateException("the server did not answer within 120 s");
	}

	private static String get(HttpClient client, String url) throws java.io.IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
				.body();
	}
}
