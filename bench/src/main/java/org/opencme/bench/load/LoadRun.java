package org.opencme.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Open-loop load on loopback: requests are sent at a fixed rate whatever the
 * server's latency (so a slow server shows as latency, not as fewer requests),
 * for a bounded time, and stop by themselves. Prints p50/p95/p99 of the
 * end-to-end latency and the error count.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.opencme.bench.load.LoadRun http://127.0.0.1:8080 catalog 50 60
 * java -cp bench/target/benchmarks.jar org.opencme.bench.load.LoadRun http://127.0.0.1:8080 quiz-saves 200 60
 * java -cp bench/target/benchmarks.jar org.opencme.bench.load.LoadRun http://127.0.0.1:8080 verify 200 60
 * </pre>
 */
public final class LoadRun {

	private static final String[] QUERIES = {"hypertension", "HTN", "sepsis", "\"opioid use disorder\"", "diabtes",
			"T2DM", "naloxone", "implicit bias", "hypertenson", "GLP-1", "lactate", "blood pressure"};

	private LoadRun() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String scenario = args[1];
		int rate = Integer.parseInt(args[2]);
		int seconds = Math.min(Integer.parseInt(args[3]), 300);
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		IntFunction<HttpRequest> requests = switch (scenario) {
			case "catalog" -> i -> HttpRequest.newBuilder(URI.create(base + "/api/catalog?q="
					+ java.net.URLEncoder.encode(QUERIES[i % QUERIES.length], StandardCharsets.UTF_8) + "&size=20"))
					.GET().build();
			case "quiz-saves" -> QuizSaves.prepare(client, base, 20);
			case "verify" -> verifications(client, base);
			default -> throw new IllegalArgumentException("scenario: catalog | quiz-saves | verify");
		};
		run(client, requests, rate, seconds, scenario);
	}

	static void run(HttpClient client, IntFunction<HttpRequest> requests, int rate, int seconds, String name)
			throws InterruptedException {
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		AtomicInteger counter = new AtomicInteger();
		AtomicLong inFlight = new AtomicLong();
		ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
		long periodNanos = 1_000_000_000L / rate;
		int total = rate * seconds;
		scheduler.scheduleAtFixedRate(() -> {
			int i = counter.getAndIncrement();
			if (i >= total) {
				return;
			}
			long start = System.nanoTime();
			inFlight.incrementAndGet();
			client.sendAsync(requests.apply(i), HttpResponse.BodyHandlers.discarding()).whenComplete((r, e) -> {
				latencies.add(System.nanoTime() - start);
				if (e != null || r.statusCode() >= 400) {
					errors.incrementAndGet();
				}
				inFlight.decrementAndGet();
			});
		}, 0, periodNanos, TimeUnit.NANOSECONDS);
		Thread.sleep(seconds * 1000L + 500);
		scheduler.shutdownNow();
		long deadline = System.currentTimeMillis() + 30_000;
		while (inFlight.get() > 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf(
				"%s: %d requests at %d/s for %d s, errors %d, latency ms p50 %.1f p95 %.1f p99 %.1f max %.1f%n", name,
				sorted.size(), rate, seconds, errors.get(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
				ms(sorted, 1.0));
	}

	private static double ms(List<Long> sorted, double q) {
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/**
	 * The public verification of the demo learner's certificates (their codes read
	 * once over the API), as a board clerk's QR scans would hit it.
	 */
	static IntFunction<HttpRequest> verifications(HttpClient client, String base) throws Exception {
		HttpResponse<String> mine = client.send(
				HttpRequest.newBuilder(URI.create(base + "/api/me/certificates"))
						.header("Authorization", basic("learner@demo.opencme.org", "Learner-demo-2026")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"verificationCode\"\\s*:\\s*\"([a-z2-7]{32})\"")
				.matcher(mine.body());
		List<String> codes = new ArrayList<>();
		while (m.find()) {
			codes.add(m.group(1));
		}
		if (codes.isEmpty()) {
			throw new IllegalStateException("The demo learner has no certificate: " + mine.statusCode());
		}
		return i -> HttpRequest.newBuilder(URI.create(base + "/api/verify/" + codes.get(i % codes.size()))).GET()
				.build();
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}
}
