package org.opencme.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.opencme.content.search.CatalogDocument;
import org.opencme.content.search.CreditOffer;

/**
 * A deterministic synthetic catalog: the same seed gives the same activities on
 * every machine. Words are drawn with a Zipf-like distribution (rank r has
 * weight 1/r^1.05) over a shuffled vocabulary of medical terms, clinical words
 * and English prose, so a few words are very common and most are rare, as in
 * real text. Bodies have 300-600 words. Each activity is generated from its own
 * seed, so any slice can be generated independently and in parallel.
 */
public final class SyntheticCatalog {

	public static final long SEED = 20250601L;
	/** The benchmark's "today": most activities are available on it. */
	public static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
	public static final Instant NOW = TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

	private static final List<String> VERBS = List.of("Discuss", "Describe", "Identify", "Apply", "Evaluate", "Compare",
			"Recognize", "Implement", "Explain", "Summarize");
	private static final String[] WORDS = shuffledWords();
	private static final double[] CUMULATIVE = zipf(WORDS.length, 1.05);
	private static final double[] TOPIC_CUMULATIVE = zipf(Vocabulary.TOPICS.size(), 0.9);
	private static final double[] CONDITION_CUMULATIVE = zipf(Vocabulary.CONDITIONS.size(), 0.8);

	private SyntheticCatalog() {
	}

	/** Activities {@code 1..count}, generated in parallel, in id order. */
	public static List<CatalogDocument> generate(int count) {
		return IntStream.rangeClosed(1, count).parallel().mapToObj(SyntheticCatalog::activity).toList();
	}

	public static CatalogDocument activity(long id) {
		SplittableRandom random = new SplittableRandom(SEED * 31 + id);
		String condition = Vocabulary.CONDITIONS.get(pick(random, CONDITION_CUMULATIVE));
		String format = format(random);
		LocalDate release = TODAY.minusDays(random.nextInt(3 * 365));
		LocalDate expiry = CatalogDocument.ON_DEMAND.equals(format) ? release.plusYears(random.nextInt(1, 4)) : null;
		Instant session = CatalogDocument.ON_DEMAND.equals(format)
				? null
				: NOW.plusSeconds(random.nextLong(-30L * 86400, 120L * 86400));
		return new CatalogDocument(id, id * 10 + 1, title(random, condition), sentences(random, 2, condition),
				objectives(random, condition), faculty(random), topics(random), format, credits(random),
				random.nextInt(10) < 4 ? 0 : 1000L * random.nextInt(1, 30), release, expiry, session,
				release.atTime(9, 0).toInstant(ZoneOffset.UTC), body(random, condition));
	}

	private static String title(SplittableRandom random, String condition) {
		String named = condition;
		for (List<String> pair : Vocabulary.ABBREVIATED) {
			if (pair.get(0).equals(condition) && random.nextInt(4) == 0) {
				named = pair.get(1);
			}
		}
		String action = Vocabulary.ACTIONS.get(random.nextInt(Vocabulary.ACTIONS.size()));
		String population = Vocabulary.POPULATIONS.get(random.nextInt(Vocabulary.POPULATIONS.size()));
		return switch (random.nextInt(3)) {
			case 0 -> action + " " + capitalise(named) + " in " + population;
			case 1 -> capitalise(named) + ": " + capitalise(word(random)) + " and " + capitalise(word(random));
			default -> action + " " + capitalise(named);
		};
	}

	private static List<String> objectives(SplittableRandom random, String condition) {
		List<String> objectives = new ArrayList<>();
		for (int i = random.nextInt(2, 5); i > 0; i--) {
			objectives.add(
					VERBS.get(random.nextInt(VERBS.size())) + " " + words(random, random.nextInt(5, 10), condition));
		}
		return objectives;
	}

	private static List<String> faculty(SplittableRandom random) {
		List<String> names = new ArrayList<>();
		for (int i = random.nextInt(1, 4); i > 0; i--) {
			names.add(Vocabulary.FIRST_NAMES.get(random.nextInt(Vocabulary.FIRST_NAMES.size())) + " "
					+ Vocabulary.LAST_NAMES.get(random.nextInt(Vocabulary.LAST_NAMES.size())));
		}
		return names;
	}

	private static List<String> topics(SplittableRandom random) {
		Set<String> topics = new LinkedHashSet<>();
		for (int i = random.nextInt(1, 4); i > 0; i--) {
			topics.add(Vocabulary.TOPICS.get(pick(random, TOPIC_CUMULATIVE)));
		}
		return List.copyOf(topics);
	}

	private static String format(SplittableRandom random) {
		int roll = random.nextInt(100);
		return roll < 60
				? CatalogDocument.ON_DEMAND
				: roll < 80
						? CatalogDocument.LIVE_WEBINAR
						: roll < 92 ? CatalogDocument.LIVE_IN_PERSON : CatalogDocument.PROCTORED;
	}

	private static List<CreditOffer> credits(SplittableRandom random) {
		List<CreditOffer> credits = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		for (int i = random.nextInt(1, 4); i > 0; i--) {
			String code = Vocabulary.CREDIT_TYPES.get(Math.min(random.nextInt(8), random.nextInt(8)));
			if (used.add(code)) {
				credits.add(new CreditOffer(code, code.replace('_', ' '),
						BigDecimal.valueOf(random.nextInt(1, 17)).multiply(new BigDecimal("0.25"))));
			}
		}
		return credits;
	}

	private static String body(SplittableRandom random, String condition) {
		StringBuilder body = new StringBuilder(4000);
		int target = random.nextInt(300, 601);
		int written = 0;
		while (written < target) {
			int length = Math.min(target - written, random.nextInt(8, 22));
			body.append(capitalise(words(random, length, condition))).append(". ");
			written += length;
		}
		return body.toString();
	}

	private static String sentences(SplittableRandom random, int count, String condition) {
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < count; i++) {
			text.append(capitalise(words(random, random.nextInt(10, 20), condition))).append(". ");
		}
		return text.toString().strip();
	}

	/**
	 * {@code count} words; about one in twelve is the activity's own condition, the
	 * rest Zipf-distributed.
	 */
	private static String words(SplittableRandom random, int count, String condition) {
		StringBuilder text = new StringBuilder(count * 9);
		for (int i = 0; i < count; i++) {
			if (i > 0) {
				text.append(' ');
			}
			text.append(random.nextInt(12) == 0 ? condition : word(random));
		}
		return text.toString();
	}

	private static String word(SplittableRandom random) {
		return WORDS[pick(random, CUMULATIVE)];
	}

	private static int pick(SplittableRandom random, double[] cumulative) {
		int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(index < 0 ? -index - 1 : index, cumulative.length - 1);
	}

	private static double[] zipf(int size, double exponent) {
		double[] cumulative = new double[size];
		double sum = 0;
		for (int rank = 1; rank <= size; rank++) {
			sum += 1 / Math.pow(rank, exponent);
			cumulative[rank - 1] = sum;
		}
		for (int i = 0; i < size; i++) {
			cumulative[i] /= sum;
		}
		return cumulative;
	}

	/**
	 * Prose first (the most frequent ranks), then medical and clinical words in a
	 * seeded random order.
	 */
	private static String[] shuffledWords() {
		List<String> medical = new ArrayList<>(Vocabulary.CONDITIONS);
		medical.addAll(Vocabulary.CLINICAL);
		Collections.shuffle(medical, new Random(SEED));
		List<String> words = new ArrayList<>(Vocabulary.PROSE);
		words.addAll(medical);
		return words.toArray(String[]::new);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}
}
