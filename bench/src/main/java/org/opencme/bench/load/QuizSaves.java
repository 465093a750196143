package org.opencme.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares the quiz-save scenario through the public API: N new learners
 * (personal API tokens), each enrolled in a free demo activity with an attempt
 * started; the load then saves answers round robin over learners and questions,
 * as a class taking a test at the same time would.
 */
final class QuizSaves {

	private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

	private QuizSaves() {
	}

	record Taker(String token, long attemptId, List<String[]> questions) {
	}

	static IntFunction<HttpRequest> prepare(HttpClient client, String base, int learners) throws Exception {
		String catalog = get(client, base + "/api/catalog?q=hypertension&free=true", null);
		long activity = Long.parseLong(first(ID, catalog));
		String detail = get(client, base + "/api/activities/" + activity, null);
		String quiz = first(Pattern.compile("\"id\":\"([^\"]+)\",\"kind\":\"QUIZ\""), detail);
		List<Taker> takers = new ArrayList<>();
		for (int i = 0; i < learners; i++) {
			String email = "load-" + System.nanoTime() + "@example.org";
			post(client, base + "/api/accounts", null,
					"{\"email\":\"" + email + "\",\"password\":\"load test password\","
							+ "\"givenName\":\"Load\",\"familyName\":\"Tester\",\"profession\":\"MD\"}");
			String basic = LoadRun.basic(email, "load test password");
			String token = first(Pattern.compile("\"secret\":\"([^\"]+)\""),
					post(client, base + "/api/me/tokens", basic, "{\"name\":\"load\"}"));
			String bearer = "Bearer " + token;
			long enrollment = Long.parseLong(
					first(ID, post(client, base + "/api/enrollments", bearer, "{\"activityId\":" + activity + "}")));
			String attempt = post(client, base + "/api/enrollments/" + enrollment + "/modules/" + quiz + "/attempts",
					bearer, null);
			long attemptId = Long.parseLong(first(ID, attempt));
			List<String[]> questions = new ArrayList<>();
			Matcher q = Pattern.compile("\"id\":\"([^\"]+)\",\"options\":\\[\\{\"id\":\"([^\"]+)\"").matcher(attempt);
			while (q.find()) {
				questions.add(new String[]{q.group(1), q.group(2)});
			}
			takers.add(new Taker(bearer, attemptId, questions));
		}
		return i -> {
			Taker t = takers.get(i % takers.size());
			String[] q = t.questions().get((i / takers.size()) % t.questions().size());
			return HttpRequest.newBuilder(URI.create(base + "/api/attempts/" + t.attemptId() + "/responses/" + q[0]))
					.header("Authorization", t.token()).header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("{\"selected\":[\"" + q[1] + "\"]}")).build();
		};
	}

	private static String first(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			throw new IllegalStateException(
					"Not found " + pattern + " in " + text.substring(0, Math.min(300, text.length())));
		}
		return m.group(1);
	}

	private static String get(HttpClient client, String url, String auth) throws Exception {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url)).GET();
		if (auth != null) {
			r.header("Authorization", auth);
		}
		return client.send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
	}

	private static String post(HttpClient client, String url, String auth, String json) throws Exception {
		HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url))
				.POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
				.header("Content-Type", "application/json");
		if (auth != null) {
			r.header("Authorization", auth);
		}
		return client.send(r.build(), HttpResponse.BodyHandlers.ofString()).body();
	}
}
